package dev.rlvr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code rlvr serve} fails fast, with the usual exit codes, before it listens. */
class ServeCommandTest {
  @Test
  void anUnknownRecipeIsAUsageError() {
    CliRun run = CliRun.of("serve", "--recipe", "no-such-recipe", "--port", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unknown recipe 'no-such-recipe'");
  }

  @Test
  void badLimitsAreUsageErrors() {
    CliRun run = CliRun.of("serve", "--recipe", "format", "--port", "0", "--max-in-flight", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--max-in-flight");
  }

  @Test
  void aPortInUseIsAnIoFailure() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("serve", "--recipe", "format", "--port", Integer.toString(taken.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
    }
  }

  @Test
  void theRootHelpListsServe() {
    assertThat(CliRun.of("--help").out()).contains("serve").contains("HTTP");
  }
}
