package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.ConfigException;

/**
 * open-r1's cosine-scaled length reward, from {@code get_cosine_scaled_reward} in
 * {@code src/open_r1/rewards.py} of huggingface/open-r1 (itself after Yeo et al. 2025,
 * "Demystifying Long Chain-of-Thought Reasoning in LLMs", arXiv:2502.03373): with
 * {@code p = length / maxLen} and (lo, hi) = (minCorrect, maxCorrect) for a correct answer or
 * (maxWrong, minWrong) for a wrong one, {@code r = lo + 0.5 (hi - lo)(1 + cos(pi p))}. So a short
 * correct answer earns maxCorrect, a long one minCorrect; a short wrong answer gets minWrong (the
 * harshest), a long one maxWrong. open-r1 does not clip p, so past maxLen its reward swings back
 * (at 2 maxLen a correct answer earns maxCorrect again); {@code clip} holds p at 1 instead.
 *
 * @param minCorrect the reward of a correct answer at maxLen and beyond
 * @param maxCorrect the reward of an empty correct answer
 * @param minWrong the reward of an empty wrong answer
 * @param maxWrong the reward of a wrong answer at maxLen and beyond
 * @param maxLen the length at which the cosine reaches its end; at least 1
 * @param clip whether lengths past maxLen count as maxLen
 */
record CosineSchedule(
    double minCorrect, double maxCorrect, double minWrong, double maxWrong, long maxLen, boolean clip) {

  /** Checks the ordering open-r1 assumes but does not check. */
  CosineSchedule {
    if (minCorrect > maxCorrect) {
      throw new ConfigException("cosine needs min_value_correct <= max_value_correct, got "
          + minCorrect + " > " + maxCorrect);
    }
    if (minWrong > maxWrong) {
      throw new ConfigException("cosine needs min_value_wrong <= max_value_wrong, got "
          + minWrong + " > " + maxWrong);
    }
    if (maxLen < 1) {
      throw new ConfigException("cosine needs max_len >= 1, got " + maxLen);
    }
  }

  /** How far along the schedule a length is: length / maxLen, held at 1 when clipping. */
  double progress(long length) {
    double progress = (double) length / maxLen;
    return clip ? Math.min(1.0, progress) : progress;
  }

  /**
   * The reward.
   *
   * @param length the length, not negative
   * @param correct whether the accuracy grader said the answer is right
   * @return a value between the two values of the answer's class
   */
  double reward(long length, boolean correct) {
    double lo = correct ? minCorrect : maxWrong;
    double hi = correct ? maxCorrect : minWrong;
    return lo + 0.5 * (hi - lo) * (1.0 + Math.cos(Math.PI * progress(length)));
  }

  /** The least value the schedule can give. */
  double floor() {
    return Math.min(minCorrect, minWrong);
  }

  /** The greatest value the schedule can give. */
  double ceiling() {
    return Math.max(maxCorrect, maxWrong);
  }
}
