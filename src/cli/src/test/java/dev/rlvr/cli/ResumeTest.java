package dev.rlvr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with SIGKILL and resumed ends with every input line's output exactly once. */
class ResumeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LINES = 3000;

  @TempDir Path dir;

  private Path input() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < LINES; i++) {
      lines.add(i % 97 == 5 ? "{torn line " + i : JSON.createObjectNode()
          .put("id", "id-" + i).put("completion", i % 3 == 0 ? "good" : "bad").toString());
    }
    Path in = dir.resolve("in.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    return in;
  }

  private Path slowRecipe(int sleepMs) throws IOException {
    Path recipe = dir.resolve("slow.yaml");
    Files.writeString(recipe, "name: slow\ncomponents:\n  - {name: accuracy, grader: test-slow, options: {sleep_ms: "
        + sleepMs + "}}\n");
    return recipe;
  }

  @Test
  void aRunKilledWithSigkillAndResumedHasEveryIdExactlyOnce() throws Exception {
    Path in = input();
    Path out = dir.resolve("out.jsonl");
    Path recipe = slowRecipe(4);
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "dev.rlvr.cli.RlvrMain", "score", "--recipe", recipe.toString(), "--input", in.toString(),
        "--output", out.toString(), "--threads", "2", "--progress", "never")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    try {
      waitForLines(out, 200, process);
      assertThat(process.isAlive()).as("still running when killed").isTrue();
      process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no final flush
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
    long linesAtKill = Files.readAllLines(out).size();
    assertThat(linesAtKill).isLessThan(LINES);

    CliRun resumed = CliRun.of("score", "--recipe", slowRecipe(0).toString(), "--input", in.toString(),
        "--output", out.toString(), "--resume", "--progress", "never");

    assertThat(resumed.err()).contains("resumed");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(LINES);
    for (int i = 0; i < LINES; i++) {
      JsonNode record = JSON.readTree(lines.get(i));
      if (i % 97 == 5) {
        assertThat(record.path("line").asInt()).as("line %d", i + 1).isEqualTo(i + 1);
      } else {
        assertThat(record.path("id").asText()).isEqualTo("id-" + i);
        assertThat(record.path("score").asDouble()).isEqualTo(i % 3 == 0 ? 1.0 : 0.0);
      }
    }
  }

  @Test
  void aPartialLastLineIsDroppedAndRewritten() throws Exception {
    Path in = input();
    Path out = dir.resolve("out.jsonl");
    Path recipe = slowRecipe(0);
    CliRun.of("score", "--recipe", recipe.toString(), "--input", in.toString(), "--output", out.toString());
    List<String> full = Files.readAllLines(out, StandardCharsets.UTF_8);
    String cut = String.join("\n", full.subList(0, 10)) + "\n" + full.get(10).substring(0, 15);
    Files.writeString(out, cut, StandardCharsets.UTF_8);

    CliRun.of("score", "--recipe", recipe.toString(), "--input", in.toString(), "--output", out.toString(), "--resume");

    List<String> resumed = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(resumed).hasSize(LINES);
    for (int i = 0; i < LINES; i++) {
      assertThat(withoutTimings(resumed.get(i))).isEqualTo(withoutTimings(full.get(i)));
    }
  }

  @Test
  void refusesToResumeAnOutputWrittenFromAnotherInput() throws Exception {
    Path in = input();
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "{\"id\": \"id-0\", \"score\": 0}\n{\"id\": \"someone-else\", \"score\": 0}\n");
    CliRun run = CliRun.of("score", "--recipe", slowRecipe(0).toString(), "--input", in.toString(),
        "--output", out.toString(), "--resume");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("cannot resume").contains("someone-else");
  }

  private static String withoutTimings(String line) throws IOException {
    JsonNode node = JSON.readTree(line);
    if (node.isObject()) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("elapsed_ms");
      node.path("details").forEach(d -> ((com.fasterxml.jackson.databind.node.ObjectNode) d).remove("elapsed_ms"));
    }
    return node.toString();
  }

  private static void waitForLines(Path out, int lines, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (Files.exists(out) && countNewlines(out.toFile()) >= lines) {
        return;
      }
      Thread.sleep(10);
    }
  }

  private static long countNewlines(File file) throws IOException {
    byte[] bytes = Files.readAllBytes(file.toPath());
    long n = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }
}
