package dev.rlvr.trainer;

import dev.rlvr.trainer.data.Problem;
import dev.rlvr.trainer.grpo.ScoredGroup;
import java.util.List;
import java.util.Map;

/**
 * The G scored completions of one prompt.
 *
 * @param problem the problem
 * @param prompt the prompt's tokens
 * @param completions each completion's tokens (end token included when finished)
 * @param finished whether each ended with the end token
 * @param rewards each combined reward
 * @param components each component's values, by name
 */
record RolloutGroup(
    Problem problem, int[] prompt, List<int[]> completions, boolean[] finished, double[] rewards,
    Map<String, double[]> components) implements ScoredGroup {}
