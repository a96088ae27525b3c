package dev.rlvr.grader.code;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import dev.rlvr.grader.code.check.OutputChecker;
import dev.rlvr.grader.code.extract.CodeExtractor;
import dev.rlvr.grader.code.extract.ExtractedCode;
import dev.rlvr.grader.code.run.RunSettings;
import dev.rlvr.grader.code.run.SuiteRunner;
import dev.rlvr.grader.code.run.TestOutcome;
import dev.rlvr.grader.code.tests.TestSuite;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Sandbox;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Grades a code completion: reads the problem's tests from the reference, takes the program out
 * of the answer, runs every test in the sandbox and scores the fraction passed (or all or
 * nothing). Expected outputs never enter the sandbox; results are judged here.
 */
final class CodeGrader implements Grader, AutoCloseable {
  private final CodeOptions options;
  private final CodeExtractor extractor;
  private final SandboxHolder sandbox;
  private final Runners runners;

  CodeGrader(CodeOptions options, SandboxHolder sandbox) {
    this.options = options;
    this.extractor = new CodeExtractor(options.section(), options.block());
    this.sandbox = sandbox;
    this.runners = new Runners();
  }

  @Override
  public Score grade(Rollout rollout, Reference reference, GradeContext context) {
    TestSuite suite;
    try {
      suite = Suites.read(reference, rollout.metadata(), options.maxTests());
    } catch (IllegalArgumentException bad) {
      return Score.error(Verdict.INVALID_INPUT, "no usable tests in the reference: " + bad.getMessage());
    }
    Optional<Language> named = suite.language().or(() -> Language.find(reference.language()));
    Language expected = named.orElse(options.defaultLanguage());
    Optional<ExtractedCode> code = extractor.extract(rollout.completion(),
        options.requireLanguage() ? Optional.of(expected) : Optional.empty(), named, suite.functionName());
    if (code.isEmpty() || options.requireLanguage() && code.get().fenceLanguage().isEmpty()) {
      return Score.of(0.0, Verdict.NO_ANSWER, options.requireLanguage()
          ? "no code block fenced as ```" + expected.id() + " in the answer"
          : "no fenced code block in the answer");
    }
    Language language = code.get().fenceLanguage().orElse(expected);
    Program program = Program.of(language, code.get().source());
    SuiteRunner runner = runners.forStyle(suite.style());
    if (!runners.supports(suite.style(), language)) {
      return Score.of(0.0, Verdict.INCORRECT, suite.style().name().toLowerCase(java.util.Locale.ROOT)
          + " tests cannot call a " + language.id() + " program").withDetail("language", language.id());
    }
    Sandbox box;
    try {
      box = sandbox.get();
    } catch (RuntimeException e) {
      return Score.error(Verdict.INTERNAL_ERROR, "the sandbox is not available: " + e.getMessage());
    }
    Limits limits = limits(suite);
    OutputChecker checker = Checkers.forSuite(suite, options, box);
    Duration total = Duration.ofMillis(Math.round(options.totalTimeSeconds() * 1000));
    RunSettings settings = new RunSettings(box, limits, options.allOrNothing(), total, checker, context::isCancelled);
    List<TestOutcome> outcomes = runner.run(program, suite, settings);
    return Scoring.score(outcomes, options.allOrNothing(), language, suite.style());
  }

  private Limits limits(TestSuite suite) {
    double seconds = suite.timeLimitSeconds().filter(s -> s > 0 && s <= 600).orElse(options.timeLimitSeconds());
    long memory = suite.memoryLimitMb().filter(m -> m >= 16 && m <= 65536).orElse(options.memoryLimitMb());
    return Limits.DEFAULT.withTime(Duration.ofMillis(Math.round(seconds * 1000))).withMemoryBytes(memory * Limits.MIB);
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
