package dev.rlvr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VALID = "<think>two and two</think> <answer>4</answer>";

  @TempDir Path dir;

  private Path write(String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static String record(String id, String completion) {
    ObjectNode node = JSON.createObjectNode().put("id", id).put("prompt", "2+2?").put("completion", completion);
    return node.toString();
  }

  private static List<JsonNode> readOutput(Path file) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      records.add(JSON.readTree(line));
    }
    return records;
  }

  @Nested
  class OneLinePerInputLine {
    @Test
    void everyInputLineGetsAnOutputLineInOrderBrokenOnesIncluded() throws IOException {
      Path in = write("in.jsonl", List.of(
          record("a", VALID),
          "{not json",
          record("b", "no tags at all"),
          "",
          "[1, 2]",
          "{\"id\": \"c\", \"prompt\": \"p\"}",
          record("d", VALID + " trailing text")));
      Path out = dir.resolve("out.jsonl");

      CliRun run = CliRun.of("score", "--recipe", "format", "--input", in.toString(), "--output", out.toString());

      assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_ERRORS);
      List<JsonNode> records = readOutput(out);
      assertThat(records).hasSize(7);
      assertThat(records.get(0).path("score").asDouble()).isEqualTo(1.0);
      assertThat(records.get(1).path("line").asInt()).isEqualTo(2);
      assertThat(records.get(1).path("error").asText()).contains("invalid JSON");
      assertThat(records.get(1).path("score").isNull()).isTrue();
      assertThat(records.get(2).path("id").asText()).isEqualTo("b");
      assertThat(records.get(2).path("score").asDouble()).isLessThan(1.0);
      assertThat(records.get(3).path("error").asText()).contains("empty line");
      assertThat(records.get(4).path("error").asText()).contains("expected a JSON object");
      assertThat(records.get(5).path("id").asText()).isEqualTo("c");
      assertThat(records.get(5).path("error").asText()).contains("no completion");
      assertThat(records.get(6).path("details").path("format").path("verdict").asText()).isEqualTo("FORMAT_ERROR");
      assertThat(run.err()).contains("7 records").contains("error 4 (4 bad input)").contains("format: mean");
    }

    @Test
    void aCleanRunExitsZeroAndWritesToStdout() throws IOException {
      Path in = write("in.jsonl", List.of(record("a", VALID), record("b", VALID)));
      CliRun run = CliRun.of("score", "--recipe", "format", "--input", in.toString(), "--threads", "1");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"score\":1.0"));
      assertThat(run.err()).contains("mean 1.0000");
    }

    @Test
    void aThousandMixedLinesKeepTheirOrderWithManyThreads() throws IOException {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        lines.add(i % 10 == 7 ? "{broken " + i : record("r" + i, i % 2 == 0 ? VALID : "plain " + i));
      }
      Path in = write("in.jsonl", lines);
      Path out = dir.resolve("out.jsonl");
      CliRun.of("score", "--recipe", "format", "--input", in.toString(), "--output", out.toString(), "--threads", "4");
      List<JsonNode> records = readOutput(out);
      assertThat(records).hasSize(1000);
      for (int i = 0; i < 1000; i++) {
        JsonNode r = records.get(i);
        if (i % 10 == 7) {
          assertThat(r.path("line").asInt()).isEqualTo(i + 1);
        } else {
          assertThat(r.path("id").asText()).isEqualTo("r" + i);
          assertThat(r.path("score").asDouble()).isEqualTo(i % 2 == 0 ? 1.0 : 0.0);
        }
      }
    }
  }

  @Nested
  class Inputs {
    @Test
    void aFileSavedWithAByteOrderMarkScoresItsFirstLine() throws IOException {
      Path in = dir.resolve("bom.jsonl");
      Files.writeString(in, "\uFEFF" + record("a", VALID) + "\r\n" + record("b", VALID) + "\r\n",
          StandardCharsets.UTF_8);
      Path out = dir.resolve("out.jsonl");

      CliRun run = CliRun.of("score", "--recipe", "format", "--input", in.toString(), "--output", out.toString());

      assertThat(run.exitCode()).isZero();
      assertThat(readOutput(out)).extracting(r -> r.path("id").asText()).containsExactly("a", "b");
    }

    @Test
    @Timeout(30) // opening the pipe a second time would wait for ever
    void aPipeIsReadOnceAndCanBeResumedFrom() throws Exception {
      Path fifo = dir.resolve("in.fifo");
      Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
      assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
      Path out = dir.resolve("out.jsonl");
      Files.writeString(out, JSON.createObjectNode().put("id", "a").put("score", 1.0) + "\n{\"id\": \"b\", \"sc");
      // what `--input <(zcat in.jsonl.gz)` gives: a pipe that only one reader can drain
      Thread writer = Thread.ofVirtual().start(() -> {
        try {
          Files.write(fifo, List.of(record("a", VALID), record("b", VALID), record("c", VALID)));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });

      CliRun run = CliRun.of("score", "--recipe", "format", "--input", fifo.toString(), "--output", out.toString(),
          "--resume", "--progress", "always");
      writer.join(10_000);

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(readOutput(out)).extracting(r -> r.path("id").asText()).containsExactly("a", "b", "c");
    }

    @Test
    void aDirectoryIsAUsageErrorThatSaysSo() {
      CliRun run = CliRun.of("score", "--recipe", "format", "--input", dir.toString());

      assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).contains("is a directory");
    }
  }

  @Nested
  class UsageErrors {
    @Test
    void anUnknownRecipeOrMissingInputIsExitTwoWithAMessage() throws IOException {
      Path in = write("in.jsonl", List.of(record("a", VALID)));
      CliRun unknown = CliRun.of("score", "--recipe", "nope", "--input", in.toString());
      CliRun missing = CliRun.of("score", "--recipe", "format", "--input", dir.resolve("absent.jsonl").toString());
      CliRun resumeToStdout = CliRun.of("score", "--recipe", "format", "--input", in.toString(), "--resume");
      CliRun badMap = CliRun.of("score", "--recipe", "format", "--input", in.toString(), "--map", "oops");

      assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(unknown.err()).contains("unknown recipe 'nope'");
      assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(missing.err()).contains("does not exist");
      assertThat(resumeToStdout.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(resumeToStdout.err()).contains("--resume needs --output");
      assertThat(badMap.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(badMap.err()).contains("canonical=field.path");
    }

    @Test
    void aBrokenRecipeFileIsExitTwo() throws IOException {
      Path recipe = dir.resolve("bad.yaml");
      Files.writeString(recipe, "name: bad\ncomponents: [{name: accuracy, grader: format, wieght: 1}]");
      Path in = write("in.jsonl", List.of(record("a", VALID)));
      CliRun run = CliRun.of("score", "--recipe", recipe.toString(), "--input", in.toString());
      assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).contains("unknown key 'wieght'");
    }
  }
}
