package dev.rlvr.trainer.data;

/**
 * Wraps a question in the chat template, {@code {question}} marking where it goes. The default
 * is DeepSeek-R1-Zero's template with the assistant turn prefilled up to {@code <think>}.
 *
 * @param text the template, or {@code r1-zero} for DeepSeek-R1-Zero's
 */
public record PromptTemplate(String text) {
  /** DeepSeek-R1-Zero's template (Guo et al. 2025, table 1), ending inside the think block. */
  public static final String R1_ZERO = "A conversation between User and Assistant. The user asks a question, "
      + "and the Assistant solves it. The assistant first thinks about the reasoning process in the mind "
      + "and then provides the user with the answer. The reasoning process and answer are enclosed within "
      + "<think> </think> and <answer> </answer> tags, respectively, i.e., <think> reasoning process here "
      + "</think> <answer> answer here </answer>. User: {question} Assistant: <think>";

  /** The name that stands for {@link #R1_ZERO} in a config. */
  public static final String R1_ZERO_NAME = "r1-zero";

  /** Resolves the name {@code r1-zero} and validates. */
  public PromptTemplate {
    if (R1_ZERO_NAME.equals(text)) {
      text = R1_ZERO;
    }
    if (text == null || !text.contains("{question}")) {
      throw new IllegalArgumentException("a prompt template needs a {question} placeholder");
    }
  }

  /**
   * The prompt for a problem.
   *
   * @param problem the problem
   * @return the prompt text
   */
  public String apply(Problem problem) {
    return text.replace("{question}", problem.question());
  }
}
