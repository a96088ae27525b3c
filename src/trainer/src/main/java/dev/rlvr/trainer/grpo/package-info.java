/**
 * The GRPO objective on DJL arrays: group-relative advantages, the clipped surrogate with a k3
 * KL penalty, the four loss normalisations, truncation masks and DAPO's dynamic sampling.
 *
 * <p>Formulas follow DeepSeekMath (Shao et al. 2024, arXiv:2402.03300, eq. 3 and 4), Dr. GRPO
 * (Liu et al. 2025, arXiv:2503.20783), DAPO (Yu et al. 2025, arXiv:2503.14476) and the option
 * names and reductions of TRL's {@code GRPOTrainer} ({@code trl/trainer/grpo_trainer.py},
 * {@code _compute_loss} and {@code _generate_and_score_completions}), so users of TRL get the
 * numbers they expect. Internal to the trainer: nothing here is a stable API.
 */
package dev.rlvr.trainer.grpo;
