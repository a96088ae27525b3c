package dev.rlvr.sandbox.bwrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Sandboxes;
import dev.rlvr.sandbox.Status;
import dev.rlvr.sandbox.exec.SandboxSettings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The probe the tests skip on says what a real run then shows. */
class BwrapProbeTest {

  @Test
  void theProbeAgreesWithARealRun() {
    Optional<String> reason = BwrapSandbox.unusableReason();
    assertThat(BwrapSandbox.unusableReason()).as("probed once, the same answer").isSameAs(reason);
    if (BwrapSandbox.locate().isEmpty()) {
      assertThat(reason).hasValueSatisfying(text -> assertThat(text).contains("not installed"));
      return;
    }
    try (Sandbox sandbox = Sandboxes.create("bwrap", SandboxSettings.defaults(), false)) {
      Execution run = sandbox.run(Program.of(Language.PYTHON, "print('ok')"), Input.EMPTY, Limits.DEFAULT);
      if (reason.isEmpty()) {
        assertThat(run.status()).as(run.toString()).isEqualTo(Status.OK);
      } else {
        assertThat(run.status()).isEqualTo(Status.SANDBOX_ERROR);
        assertThat(reason.get()).contains("bubblewrap");
      }
    }
  }
}
