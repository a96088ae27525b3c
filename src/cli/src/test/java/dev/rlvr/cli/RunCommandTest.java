package dev.rlvr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rlvr.sandbox.bwrap.BwrapSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void needsBubblewrap() {
    assumeTrue(BwrapSandbox.unusableReason().isEmpty(), () -> BwrapSandbox.unusableReason().orElse(""));
  }

  @Test
  void printsTheExecutionOfAProgramOnItsInput(@TempDir Path dir) throws Exception {
    Path source = Files.writeString(dir.resolve("double.py"), "print(int(input()) * 2)\n");
    Path stdin = Files.writeString(dir.resolve("in.txt"), "21\n");
    CliRun run = CliRun.of("run", "--language", "py", "--file", source.toString(), "--stdin", stdin.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("status").asText()).isEqualTo("OK");
    assertThat(json.get("stdout").asText()).isEqualTo("42\n");
    assertThat(json.get("backend").asText()).isEqualTo("bwrap");
    assertThat(json.get("language").asText()).isEqualTo("python");
    assertThat(json.get("wall_time_s").asDouble()).isPositive();
  }

  @Test
  void aProgramPastItsTimeLimitExitsOneWithTimeout(@TempDir Path dir) throws Exception {
    Path source = Files.writeString(dir.resolve("spin.c"), "int main(void){for(;;){}}\n");
    CliRun run = CliRun.of("run", "--language", "c", "--file", source.toString(), "--time-limit", "0.5");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_ERRORS);
    assertThat(JSON.readTree(run.out()).get("status").asText()).isEqualTo("TIMEOUT");
  }

  @Test
  void anUnknownLanguageOrBackendIsAUsageError(@TempDir Path dir) throws Exception {
    Path source = Files.writeString(dir.resolve("x.rs"), "fn main() {}\n");
    CliRun language = CliRun.of("run", "--language", "rust", "--file", source.toString());
    assertThat(language.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(language.err()).contains("unknown language 'rust'");
    CliRun backend = CliRun.of("run", "--language", "python", "--file", source.toString(), "--backend", "vm");
    assertThat(backend.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(backend.err()).contains("unknown sandbox backend 'vm'");
  }

  @Test
  void aMissingFileIsAFileError(@TempDir Path dir) {
    CliRun run = CliRun.of("run", "--language", "python", "--file", dir.resolve("none.py").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.IO_FAILURE);
  }

  @Test
  void doctorReportsEveryToolchainAndBackend() {
    CliRun run = CliRun.of("doctor");
    assertThat(run.out()).contains("Toolchains:").contains("Sandbox backends:")
        .containsPattern("(?m)^  python +(ok|NO) ").containsPattern("(?m)^  javascript +(ok|NO) ")
        .containsPattern("(?m)^  bwrap +ok +runs python").containsPattern("(?m)^  process +ok .*NO isolation")
        .containsPattern("(?m)^  docker +(ok|NO) ").containsPattern("(?m)^  graal +(ok|NO) ");
    assertThat(run.exitCode()).isZero();
  }
}
