package dev.rlvr.route;

import dev.rlvr.api.Reference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a record is a math or a code task: its {@code task} (verl's {@code ability}) when it
 * says, else its {@code data_source}, else the shape of its reference (test cases mean code).
 */
enum Task {
  MATH,
  CODE;

  /** Dataset names of code tasks, as verl's data_source spells them (lower case, any part). */
  private static final List<String> CODE_SOURCES = List.of("code", "apps", "taco", "livecodebench", "humaneval",
      "mbpp", "leetcode", "codeforces", "primeintellect", "kodcode", "contests", "programming");
  private static final List<String> MATH_SOURCES = List.of("math", "gsm8k", "aime", "amc", "olympiad", "numina",
      "deepscaler", "dapo");
  private static final List<String> TEST_KEYS = List.of("inputs", "outputs", "fn_name", "test_cases", "test",
      "test_list", "entry_point", "public_tests", "private_tests");

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Task> named(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.contains("code") || t.contains("coding") || t.contains("program")) {
      return Optional.of(CODE);
    }
    if (t.contains("math") || t.equals("arithmetic") || t.equals("algebra")) {
      return Optional.of(MATH);
    }
    return Optional.empty();
  }

  /**
   * @param reference the record's reference
   * @param fallback the task when nothing in the record tells
   * @return the task, and how it was decided
   */
  static Decision of(Reference reference, Task fallback) {
    Optional<Task> stated = named(reference.task());
    if (stated.isPresent()) {
      return new Decision(stated.get(), "task");
    }
    String source = reference.dataSource().toLowerCase(Locale.ROOT);
    if (!source.isEmpty()) {
      for (String marker : CODE_SOURCES) {
        if (source.contains(marker)) {
          return new Decision(CODE, "data_source");
        }
      }
      for (String marker : MATH_SOURCES) {
        if (source.contains(marker)) {
          return new Decision(MATH, "data_source");
        }
      }
    }
    if (holdsTests(reference)) {
      return new Decision(CODE, "reference holds tests");
    }
    if (!reference.answers().isEmpty()) {
      return new Decision(MATH, "reference holds an answer");
    }
    return new Decision(fallback, "default");
  }

  private static boolean holdsTests(Reference reference) {
    for (String key : TEST_KEYS) {
      if (reference.extraInfo().containsKey(key)) {
        return true;
      }
    }
    Object truth = reference.groundTruth();
    if (truth instanceof Map<?, ?> map) {
      return TEST_KEYS.stream().anyMatch(map::containsKey);
    }
    if (truth instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first) {
      return first.containsKey("input") || first.containsKey("output") || first.containsKey("stdin");
    }
    return false;
  }

  /** A task and what decided it (for the score's details). */
  record Decision(Task task, String reason) {}
}
