/**
 * The reward engine: the grader registry, recipes that combine graders into one reward, and
 * the engine that schedules grades on a bounded pool with per-grader deadlines.
 *
 * <p>Entry points: {@link dev.rlvr.engine.GraderRegistry#load(ClassLoader)},
 * {@link dev.rlvr.engine.RecipeCatalog} and {@link dev.rlvr.engine.RewardEngine}.
 */
package dev.rlvr.engine;
