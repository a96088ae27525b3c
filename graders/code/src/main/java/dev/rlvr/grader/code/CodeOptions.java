package dev.rlvr.grader.code;

import dev.rlvr.api.ConfigException;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.grader.code.extract.AnswerSection;
import dev.rlvr.grader.code.extract.BlockChoice;
import dev.rlvr.grader.code.tests.CheckerSpec;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Sandboxes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The code grader's settings, read and checked once when a recipe creates it. Records may
 * override the checker, the time and the memory limit for their own problem.
 *
 * @param section where the program is looked for
 * @param block which block is the program when there are several
 * @param defaultLanguage the language when neither the fence nor the record names one
 * @param requireLanguage whether the fence must name the expected language
 * @param allOrNothing 1 only when every test passes (stopping at the first failure) instead of the fraction passed
 * @param checker the output comparison when the record names none
 * @param timeLimitSeconds CPU seconds per test (the wall limit is twice that plus 1 s)
 * @param memoryLimitMb memory per test
 * @param totalTimeSeconds all tests of one submission together
 * @param maxTests run at most this many tests (0 = all)
 * @param backend the sandbox backend
 * @param warmPython whether Python tests run in pre-started forking workers
 */
record CodeOptions(AnswerSection section, BlockChoice block, Language defaultLanguage, boolean requireLanguage,
    boolean allOrNothing, CheckerSpec checker, double timeLimitSeconds, long memoryLimitMb,
    double totalTimeSeconds, int maxTests, String backend, boolean warmPython) {

  static List<GraderOption> declared() {
    return List.of(
        GraderOption.choice("answer_from", "auto", labels(AnswerSection.values()),
            "where the program is: auto (the <answer> block if any, else after the last </think>, else all), "
                + "answer_tag, after_think or completion"),
        GraderOption.choice("block", "last", Arrays.stream(BlockChoice.values()).map(BlockChoice::label).toList(),
            "which fenced block is the program when there are several"),
        GraderOption.choice("language", "python", languageIds(),
            "the language when neither the fence nor the record names one"),
        GraderOption.bool("require_language", false,
            "the fence must be tagged with the record's (or this option's) language; else no answer"),
        GraderOption.choice("scoring", "fraction", List.of("fraction", "all_or_nothing"),
            "fraction of tests passed, or 1 only if all pass (stops at the first failure)"),
        GraderOption.choice("checker", "tokens", List.of("tokens", "lines", "exact", "float", "yes_no"),
            "stdout comparison when the record has no 'checker' key"),
        GraderOption.number("float_tolerance", CheckerSpec.DEFAULT_TOLERANCE,
            "absolute or relative tolerance of the float checker when the record gives none"),
        GraderOption.number("time_limit_s", 5, "CPU seconds per test unless extra_info.time_limit_s says otherwise"),
        GraderOption.integer("memory_limit_mb", 512, "MiB per test unless extra_info.memory_limit_mb says otherwise"),
        GraderOption.number("total_time_limit_s", 60, "seconds for all tests of one submission; later tests fail"),
        GraderOption.integer("max_tests", 0, "run only the first N tests (0 = all)"),
        GraderOption.choice("backend", "auto", backends(), "sandbox backend (auto = bwrap)"),
        GraderOption.bool("warm_python", true, "run Python tests in pre-started forking workers"));
  }

  static CodeOptions from(GraderConfig config) {
    AnswerSection section = AnswerSection.valueOf(
        config.choice("answer_from", "auto", labels(AnswerSection.values())).toUpperCase(Locale.ROOT));
    BlockChoice block = BlockChoice.valueOf(config.choice("block", "last",
        Arrays.stream(BlockChoice.values()).map(BlockChoice::label).toList()).toUpperCase(Locale.ROOT));
    Language language = Language.of(config.choice("language", "python", languageIds()));
    CheckerSpec.Kind kind = CheckerSpec.Kind.find(config.choice("checker", "tokens",
        List.of("tokens", "lines", "exact", "float", "yes_no"))).orElseThrow();
    double tolerance = config.number("float_tolerance", CheckerSpec.DEFAULT_TOLERANCE);
    double time = config.number("time_limit_s", 5);
    long memory = config.integer("memory_limit_mb", 512);
    double total = config.number("total_time_limit_s", 60);
    long maxTests = config.integer("max_tests", 0);
    require(tolerance >= 0 && tolerance < 1, "float_tolerance must be in [0, 1), got " + tolerance);
    require(time > 0 && time <= 600, "time_limit_s must be in (0, 600], got " + time);
    require(memory >= 16 && memory <= 65536, "memory_limit_mb must be in [16, 65536], got " + memory);
    require(total > 0, "total_time_limit_s must be positive, got " + total);
    require(maxTests >= 0 && maxTests <= 100_000, "max_tests must be in [0, 100000], got " + maxTests);
    return new CodeOptions(section, block, language, config.bool("require_language", false),
        config.choice("scoring", "fraction", List.of("fraction", "all_or_nothing")).equals("all_or_nothing"),
        new CheckerSpec(kind, tolerance, tolerance, "", "python"), time, memory, total, (int) maxTests,
        config.choice("backend", "auto", backends()), config.bool("warm_python", true));
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new ConfigException("grader 'code': option " + message);
    }
  }

  private static List<String> labels(AnswerSection[] values) {
    return Arrays.stream(values).map(AnswerSection::label).toList();
  }

  private static List<String> languageIds() {
    return Arrays.stream(Language.values()).map(Language::id).toList();
  }

  private static List<String> backends() {
    List<String> names = new java.util.ArrayList<>(List.of("auto"));
    names.addAll(Sandboxes.BACKENDS);
    return names;
  }
}
