/**
 * The {@code by-task} grader, which sends each record to the accuracy grader of its task (math
 * or code), and the {@code r1} recipe built on it.
 */
package dev.rlvr.route;
