package dev.rlvr.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs untrusted programs. Every backend gives the same contract: a run never throws for
 * anything the program does, and never leaves a process behind; what went wrong is in the
 * {@link Execution}'s status. Implementations are thread-safe; close one to delete its scratch
 * files and stop its workers.
 */
public interface Sandbox extends AutoCloseable {

  /** The backend's name: bwrap, process, docker, graal. */
  String name();

  /**
   * Compiles the program if its language needs it (once per source and toolchain, then from the
   * cache) and runs it on the input within the limits. A compile failure comes back as
   * {@link Status#COMPILE_ERROR} with the compiler's messages in stderr.
   */
  Execution run(Program program, Input input, Limits limits);

  /** Runs one program on several inputs; backends with a warm path make this cheaper than a loop. */
  default List<Execution> runAll(Program program, List<Input> inputs, Limits limits) {
    List<Execution> results = new ArrayList<>(inputs.size());
    for (Input input : inputs) {
      results.add(run(program, input, limits));
    }
    return results;
  }

  /** Whether this backend can run the language here (its toolchain is installed and usable). */
  boolean supports(Language language);

  @Override
  void close();
}
