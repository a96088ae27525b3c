package dev.rlvr.grader.format.shaping;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderProvider;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: graders from option pairs, and texts of known token counts. */
final class Shaping {
  /** cl100k_base encodes this as [83, 1609, 5963, 374, 2294, 0] (OpenAI's tiktoken cookbook). */
  static final String TIKTOKEN_IS_GREAT = "tiktoken is great!";

  private Shaping() {}

  /** A grader created with options given as key, value pairs. */
  static Grader grader(GraderProvider provider, Object... keyValues) {
    return provider.create(config(provider.name(), keyValues));
  }

  /** A configuration from key, value pairs. */
  static GraderConfig config(String name, Object... keyValues) {
    Map<String, Object> options = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      options.put((String) keyValues[i], keyValues[i + 1]);
    }
    return new GraderConfig(name, options);
  }

  /** Grades a completion against no reference. */
  static Score grade(Grader grader, String completion) {
    return grader.grade(Rollout.of(completion), Reference.none(), GradeContext.unlimited());
  }

  /** Grades a rollout against no reference. */
  static Score grade(Grader grader, Rollout rollout) {
    return grader.grade(rollout, Reference.none(), GradeContext.unlimited());
  }

  /** A rollout with metadata. */
  static Rollout withMetadata(String completion, Map<String, Object> metadata) {
    return new Rollout("", "", List.of(), completion, "", metadata);
  }

  /** "hello" and then " hello" until {@code tokens} cl100k tokens: each is one token there. */
  static String hellos(int tokens) {
    return tokens == 0 ? "" : "hello" + " hello".repeat(tokens - 1);
  }
}
