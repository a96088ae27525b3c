package dev.rlvr.grader.format;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.Message;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: graders from option pairs, rollouts, and the CSV cases' escapes. */
final class Grading {
  /** A prompt whose chat template prefilled the think block. */
  static final String PREFILLED_PROMPT = "<|im_start|>user\nWhat is 2+2?<|im_end|>\n<|im_start|>assistant\n<think>\n";
  /** A prompt that leaves the whole format to the model. */
  static final String R1_PROMPT = "A conversation between User and Assistant. The reasoning process and answer "
      + "are enclosed within <think> </think> and <answer> </answer> tags. User: What is 2+2? Assistant:";

  private Grading() {}

  /** A grader created with options given as key, value pairs. */
  static Grader grader(Object... keyValues) {
    return new FormatGraderProvider().create(config(keyValues));
  }

  /** A configuration from key, value pairs. */
  static GraderConfig config(Object... keyValues) {
    Map<String, Object> options = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      options.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new GraderConfig("format", options);
  }

  /** Grades a completion without a prompt. */
  static Score grade(Grader grader, String completion) {
    return grade(grader, Rollout.of(completion));
  }

  /** Grades a completion after a prompt. */
  static Score grade(Grader grader, String prompt, String completion) {
    return grade(grader, Rollout.of(prompt, completion));
  }

  /** Grades a rollout. */
  static Score grade(Grader grader, Rollout rollout) {
    return grader.grade(rollout, Reference.none(), GradeContext.unlimited());
  }

  /** A rollout with sampler metadata. */
  static Rollout withMetadata(String completion, Map<String, Object> metadata) {
    return new Rollout("", "", List.of(), completion, "", metadata);
  }

  /** A rollout whose prompt came as chat messages, not yet rendered by a chat template. */
  static Rollout chat(String completion) {
    return new Rollout("", "What is 2+2?", List.of(Message.of("user", "What is 2+2?")), completion, "", Map.of());
  }

  /** A rollout whose API returned the chain of thought apart from the content. */
  static Rollout withReasoning(String reasoning, String content) {
    return new Rollout("", "", List.of(Message.of("user", "What is 2+2?")), content, reasoning, Map.of());
  }

  /** The names of the violations in a score's details. */
  @SuppressWarnings("unchecked")
  static List<String> violations(Score score) {
    return (List<String>) score.details().get("violations");
  }

  /** How many times a literal occurs in a text, by plain {@code indexOf}: the scanner's oracle. */
  static long occurrences(String text, String literal) {
    long count = 0;
    for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
      count++;
    }
    return count;
  }

  /** Decodes the escapes the CSV cases use: {@code \n}, {@code \t}, {@code \r}, {@code \}{@code uXXXX}. */
  static String unescape(String csv) {
    if (csv == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(csv.length());
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '\\' && i + 1 < csv.length()) {
        char next = csv.charAt(i + 1);
        switch (next) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'u' -> out.append((char) Integer.parseInt(csv.substring(i + 2, i + 6), 16));
          default -> {
            out.append(c);
            continue;
          }
        }
        i += next == 'u' ? 5 : 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
