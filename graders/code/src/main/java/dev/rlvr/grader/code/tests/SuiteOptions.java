package dev.rlvr.grader.code.tests;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The per-record settings beside the tests: checker, time and memory limits. */
final class SuiteOptions {
  private static final String[] PROGRAM_KEYS = {"program", "code", "source"};
  private static final String[] ABSOLUTE_KEYS = {"abs_tol", "absolute_tolerance", "abs_tolerance", "atol"};
  private static final String[] RELATIVE_KEYS = {"rel_tol", "relative_tolerance", "rel_tolerance", "rtol"};

  private SuiteOptions() {}

  /**
   * The {@code checker} of the first scope that names one.
   *
   * @throws InvalidTestsException for an unknown checker, a bad tolerance or a custom checker without a program
   */
  static Optional<CheckerSpec> checker(List<Map<?, ?>> scopes) {
    for (Map<?, ?> scope : scopes) {
      Object value = Values.decodeNested(scope.get("checker"));
      if (value instanceof String name && !name.isBlank()) {
        return Optional.of(named(name));
      }
      if (value instanceof Map<?, ?> spec) {
        return Optional.of(described(spec));
      }
      if (value != null && !(value instanceof String)) {
        throw new InvalidTestsException("checker must be a name or an object, got " + Values.describe(value));
      }
    }
    return Optional.empty();
  }

  private static CheckerSpec named(String name) {
    if (name.strip().contains("\n")) {
      return new CheckerSpec(CheckerSpec.Kind.CUSTOM, CheckerSpec.DEFAULT_TOLERANCE, CheckerSpec.DEFAULT_TOLERANCE,
          name, "python"); // several lines are a program, not a name
    }
    CheckerSpec.Kind kind = kind(name);
    if (kind == CheckerSpec.Kind.CUSTOM) {
      throw new InvalidTestsException("the custom checker has no program: give checker as {\"type\": \"custom\", "
          + "\"program\": \"...\"}");
    }
    return CheckerSpec.of(kind);
  }

  private static CheckerSpec described(Map<?, ?> spec) {
    Optional<String> program = Values.text(spec, PROGRAM_KEYS);
    Optional<Double> both = tolerance(spec, "tolerance", "tol", "eps", "epsilon");
    Optional<Double> absolute = tolerance(spec, ABSOLUTE_KEYS);
    Optional<Double> relative = tolerance(spec, RELATIVE_KEYS);
    CheckerSpec.Kind kind = Values.text(spec, "type", "kind", "name").map(SuiteOptions::kind)
        .orElseGet(() -> program.isPresent() ? CheckerSpec.Kind.CUSTOM
            : both.isPresent() || absolute.isPresent() || relative.isPresent() ? CheckerSpec.Kind.FLOAT
            : CheckerSpec.Kind.TOKENS);
    if (kind == CheckerSpec.Kind.CUSTOM && program.isEmpty()) {
      throw new InvalidTestsException("the custom checker has no program (looked for program, code, source)");
    }
    // "Absolute or relative error at most x": one given tolerance stands for both.
    double abs = absolute.or(() -> both).or(() -> relative).orElse(CheckerSpec.DEFAULT_TOLERANCE);
    double rel = relative.or(() -> both).or(() -> absolute).orElse(CheckerSpec.DEFAULT_TOLERANCE);
    String language = Values.text(spec, "language", "lang").orElse("python");
    if (kind == CheckerSpec.Kind.CUSTOM && dev.rlvr.sandbox.Language.find(language).isEmpty()) {
      throw new InvalidTestsException("the custom checker's language '" + language + "' is not one rlvr runs");
    }
    return new CheckerSpec(kind, abs, rel, program.orElse(""), language);
  }

  private static CheckerSpec.Kind kind(String name) {
    return CheckerSpec.Kind.find(name).orElseThrow(() -> new InvalidTestsException("unknown checker '"
        + name.strip() + "': use exact, lines, tokens, float, yes_no or custom"));
  }

  private static Optional<Double> tolerance(Map<?, ?> spec, String... keys) {
    Optional<Object> value = Values.get(spec, keys);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<Double> number = value.get() instanceof String s
        ? Optional.ofNullable(parseDouble(s)) : Values.number(value.get());
    if (number.isEmpty() || number.get() < 0) {
      throw new InvalidTestsException("checker tolerance must be a non-negative number, got "
          + Values.describe(value.get()));
    }
    return number;
  }

  private static Double parseDouble(String text) {
    try {
      double x = Double.parseDouble(text.strip());
      return Double.isFinite(x) ? x : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Seconds per test: time_limit_s, time_limit ("2", 2.5, "1 second", "1500 ms"), time_limit_ms. */
  static Optional<Double> timeLimitSeconds(List<Map<?, ?>> scopes) {
    for (Map<?, ?> scope : scopes) {
      Optional<Double> ms = Values.get(scope, "time_limit_ms").flatMap(Values::number);
      if (ms.isPresent() && ms.get() > 0) {
        return Optional.of(ms.get() / 1000);
      }
      Optional<Object> value = Values.get(scope, "time_limit_s", "time_limit_seconds", "time_limit");
      if (value.isPresent() && value.get() instanceof Map<?, ?> duration) { // CodeContests: {seconds, nanos}
        double total = Values.get(duration, "seconds").flatMap(Values::number).orElse(0.0)
            + Values.get(duration, "nanos").flatMap(Values::number).orElse(0.0) / 1e9;
        if (total > 0) {
          return Optional.of(total);
        }
        continue;
      }
      Optional<Double> seconds = value.flatMap(Values::number);
      if (seconds.isPresent() && seconds.get() > 0) {
        boolean millis = value.get() instanceof String s && s.strip().toLowerCase(Locale.ROOT).matches(".*\\d\\s*(ms|milli.*)");
        return Optional.of(millis ? seconds.get() / 1000 : seconds.get());
      }
    }
    return Optional.empty();
  }

  /** MiB per test: memory_limit_mb, memory_limit (256, "256 megabytes", "1 GB"), memory_limit_bytes. */
  static Optional<Long> memoryLimitMb(List<Map<?, ?>> scopes) {
    for (Map<?, ?> scope : scopes) {
      Optional<Double> bytes = Values.get(scope, "memory_limit_bytes").flatMap(Values::number);
      if (bytes.isPresent() && bytes.get() >= 1024 * 1024) {
        return Optional.of((long) (bytes.get() / (1024 * 1024)));
      }
      Optional<Object> value = Values.get(scope, "memory_limit_mb", "memory_limit");
      Optional<Double> amount = value.flatMap(Values::number);
      if (amount.isPresent() && amount.get() > 0) {
        double mb = amount.get() * unitInMb(value.get());
        if (mb >= 1) {
          return Optional.of(Math.round(mb));
        }
      }
    }
    return Optional.empty();
  }

  private static double unitInMb(Object value) {
    if (!(value instanceof String s)) {
      return 1;
    }
    String unit = s.strip().toLowerCase(Locale.ROOT).replaceFirst("^[\\d.]+\\s*", "");
    if (unit.startsWith("g")) {
      return 1024;
    }
    if (unit.startsWith("k")) {
      return 1.0 / 1024;
    }
    return 1;
  }
}
