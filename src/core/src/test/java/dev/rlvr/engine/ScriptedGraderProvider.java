package dev.rlvr.engine;

import dev.rlvr.api.GradeContext;
import dev.rlvr.api.Grader;
import dev.rlvr.api.GraderConfig;
import dev.rlvr.api.GraderOption;
import dev.rlvr.api.GraderProvider;
import dev.rlvr.api.Reference;
import dev.rlvr.api.Rollout;
import dev.rlvr.api.Score;
import dev.rlvr.api.Verdict;
import java.util.List;

/**
 * A test grader that does what the completion says, so engine tests can stage every outcome:
 * {@code value:0.5}, {@code sleep:200}, {@code spin:300} (a wait that ignores interrupts),
 * {@code throw:message}, {@code null}, {@code overflow}, {@code invalid}. Each component's option
 * {@code prefix} picks which instruction applies to it ({@code a.value:1 b.value:0}).
 */
final class ScriptedGraderProvider implements GraderProvider {

  @Override
  public String name() {
    return "scripted";
  }

  @Override
  public String description() {
    return "test grader driven by the completion";
  }

  @Override
  public List<GraderOption> options() {
    return List.of(GraderOption.string("prefix", "", "which instructions apply"));
  }

  @Override
  public Grader create(GraderConfig config) {
    String prefix = config.string("prefix", "");
    return (rollout, reference, context) -> run(instruction(rollout, prefix), context);
  }

  private static String instruction(Rollout rollout, String prefix) {
    for (String word : rollout.completion().split(" ")) {
      if (prefix.isEmpty() || word.startsWith(prefix + ".")) {
        return prefix.isEmpty() ? word : word.substring(prefix.length() + 1);
      }
    }
    return "value:0";
  }

  private static Score run(String instruction, GradeContext context) {
    String[] parts = instruction.split(":", 2);
    String arg = parts.length > 1 ? parts[1] : "";
    switch (parts[0]) {
      case "value" -> {
        double v = Double.parseDouble(arg);
        return Score.of(v, v >= 1 ? Verdict.CORRECT : v > 0 ? Verdict.PARTIAL : Verdict.INCORRECT, "scripted");
      }
      case "sleep" -> {
        try {
          Thread.sleep(Long.parseLong(arg));
        } catch (InterruptedException e) {
          context.checkCancelled();
        }
        return Score.correct("slept");
      }
      case "spin" -> {
        // Ignores interrupts and its context until its time is up, without hogging a core.
        long end = System.nanoTime() + Long.parseLong(arg) * 1_000_000L;
        while (System.nanoTime() < end) {
          try {
            Thread.sleep(5);
          } catch (InterruptedException ignored) {
            // deliberately deaf: this is the grader the engine must abandon
          }
        }
        return Score.correct("spun");
      }
      case "throw" -> throw new IllegalStateException(arg);
      case "null" -> {
        return null;
      }
      case "overflow" -> {
        return overflow(0);
      }
      case "invalid" -> {
        return Score.error(Verdict.INVALID_INPUT, "bad gold");
      }
      default -> throw new IllegalArgumentException("unknown instruction " + instruction);
    }
  }

  private static Score overflow(int depth) {
    return depth < 0 ? null : overflow(depth + 1);
  }

  static Reference reference() {
    return Reference.none();
  }
}
