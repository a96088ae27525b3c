package dev.rlvr.grader.code.run.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HarnessReplyTest {
  private static final String NONCE = "0123abcd";

  @Test
  void readsTheLastLineWithTheNonce() {
    assertThat(HarnessReply.find("printed\nstuff\n" + NONCE + " R [1,2]\n", NONCE))
        .contains(new HarnessReply('R', "[1,2]"));
    assertThat(HarnessReply.find("no newline" + "\n" + NONCE + " E \"ValueError\"  \n\n", NONCE))
        .contains(new HarnessReply('E', "\"ValueError\""));
  }

  @Test
  void aWrongOrMissingNonceIsNoResult() {
    assertThat(HarnessReply.find("ffffffff R 7\n", NONCE)).isEmpty();
    assertThat(HarnessReply.find("R 7\n", NONCE)).isEmpty();
    assertThat(HarnessReply.find("", NONCE)).isEmpty();
    assertThat(HarnessReply.find(NONCE + "0 R 7\n", NONCE)).isEmpty();
    assertThat(HarnessReply.find(NONCE + " R\n", NONCE)).isEmpty();
  }

  @Test
  void outputAfterTheResultLineMakesItMissing() {
    assertThat(HarnessReply.find(NONCE + " R 1\nlate print\n", NONCE)).isEmpty();
    assertThat(HarnessReply.find(NONCE + " R 1\n" + "x" + NONCE + " R 2\n", NONCE)).isEmpty();
  }
}
