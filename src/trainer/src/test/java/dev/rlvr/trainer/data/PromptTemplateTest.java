package dev.rlvr.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PromptTemplateTest {
  private static final Problem SUM = new Problem("s1", "What is 37 + 8?", "45", " 37 + 8 = 45 </think> <answer>45</answer>");

  @Test
  void theNameR1ZeroStandsForTheFullTemplate() {
    String prompt = new PromptTemplate("r1-zero").apply(SUM);
    assertThat(prompt).startsWith("A conversation between User and Assistant.")
        .endsWith("User: What is 37 + 8? Assistant: <think>");
  }

  @Test
  void aCustomTemplatePlacesTheQuestion() {
    assertThat(new PromptTemplate("Q: {question} A: <think>").apply(SUM)).isEqualTo("Q: What is 37 + 8? A: <think>");
  }

  @Test
  void aTemplateWithoutThePlaceholderIsRefused() {
    assertThatThrownBy(() -> new PromptTemplate("r1 zero")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{question}");
  }
}
