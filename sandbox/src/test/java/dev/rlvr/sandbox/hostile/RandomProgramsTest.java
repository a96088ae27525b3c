package dev.rlvr.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Limits;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A seeded property: whatever text arrives as a program (random bytes, random code points, random
 * Python statements stitched together, in any language), {@code run} returns an Execution with a
 * status and never throws, and the host stays clean.
 */
class RandomProgramsTest extends HostileSandboxTest {

  private static final long SEED = 0x5EED_2026L;
  private static final int CASES = 30;
  private static final Limits LIMITS = Hostile.TIGHT.withWallTime(Duration.ofSeconds(2))
      .withCpuTime(Duration.ofSeconds(1)).withOutputBytes(16 * 1024);

  /** Fragments, several of them hostile, that random programs are made of. */
  private static final List<String> PYTHON_FRAGMENTS = List.of(
      "print('x' * 100)", "import os", "import sys", "x = 1 / 0", "raise SystemExit(3)", "sys.exit('bye')",
      "os._exit(7)", "while True: pass", "print(input())", "l = [0] * (10 ** 9)", "import this",
      "def f(n): return f(n + 1)\nf(0)", "os.kill(os.getpid(), 11)", "print(open('/etc/shadow').read())",
      "import socket; socket.create_connection(('127.0.0.1', 1), 1)", "print(*range(100000))",
      "sys.stderr.write('e' * 100000)", "os.fork()", "import time; time.sleep(5)", "(", "\t", "'''",
      "import nonexistent_module", "print('\\u00e9\\u4e2d\\U0001F600')", "sys.stdout.buffer.write(b'\\xff\\xfe')",
      "os.chdir('/')", "os.remove('/work/main.py')", "exec('1 +')", "assert False, 'boom'");

  @Test
  void anyTextAsAProgramGivesAnExecutionAndNeverAThrow() {
    Random random = new Random(SEED);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Language language;
      String source;
      switch (i % 6) {
        case 0, 1, 2 -> {
          language = Language.PYTHON;
          source = pythonFragments(random);
        }
        case 3 -> {
          language = Language.PYTHON;
          source = randomBytes(random);
        }
        case 4 -> {
          language = i % 12 == 4 ? Language.C : Language.JAVASCRIPT;
          source = randomBytes(random);
        }
        default -> {
          language = i % 12 == 5 ? Language.CPP : Language.PYTHON;
          source = randomCodePoints(random);
        }
      }
      byte[] stdin = new byte[random.nextInt(64)];
      random.nextBytes(stdin);
      Program program = Program.of(language, source);
      AtomicReference<Execution> result = new AtomicReference<>();
      assertThatCode(() -> result.set(sandbox.run(program, new Input(stdin, List.of()), LIMITS)))
          .as("case %d (%s): %s", i, language, source).doesNotThrowAnyException();
      Execution execution = result.get();
      assertThat(execution).as("case %d", i).isNotNull();
      assertThat(execution.status()).as("case %d", i).isNotNull();
      // Whatever the text, it is the program that failed, never the sandbox.
      assertThat(execution.status()).as("case %d (%s): %s", i, language, execution).isNotEqualTo(Status.SANDBOX_ERROR);
      assertThat(execution.stdout().length()).isLessThanOrEqualTo((int) LIMITS.outputBytes());
      seen.add(language.id() + ":" + execution.status());
      assertThat(Hostile.jvmDescendants()).as("processes left by case %d", i).isEmpty();
    }
    System.out.println("[hostile] random programs: " + seen);
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void aLoneSurrogateInTheSourceIsTheProgramsFaultNotTheSandboxs() {
    // JSON allows "\ud800": a policy's output can decode to a string that UTF-8 cannot encode.
    Execution python = sandbox.run(Program.of(Language.PYTHON, "print('a\ud800b')\n"), Input.EMPTY, LIMITS);
    assertThat(python.status()).as("%s", python).isEqualTo(Status.OK);
    assertThat(python.stdout()).isEqualTo("a?b\n");

    Execution c = sandbox.run(Program.of(Language.C, "int main(void) { \udc00 }\n"), Input.EMPTY, LIMITS);
    assertThat(c.status()).as("%s", c).isEqualTo(Status.COMPILE_ERROR);
  }

  private static String pythonFragments(Random random) {
    StringBuilder source = new StringBuilder("import os, sys\n");
    int count = 1 + random.nextInt(5);
    for (int j = 0; j < count; j++) {
      source.append(PYTHON_FRAGMENTS.get(random.nextInt(PYTHON_FRAGMENTS.size()))).append('\n');
    }
    return source.toString();
  }

  /** Raw bytes read as Latin-1: every byte value, NUL included, reaches the source file. */
  private static String randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(300)];
    random.nextBytes(bytes);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** Any code points, surrogate halves on their own included. */
  private static String randomCodePoints(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(80);
    for (int j = 0; j < length; j++) {
      int kind = random.nextInt(4);
      if (kind == 0) {
        text.append((char) (0xD800 + random.nextInt(0x800)));
      } else if (kind == 1) {
        text.appendCodePoint(random.nextInt(0x110000 - 0xE000) + 0xE000);
      } else {
        text.append((char) random.nextInt(0x80));
      }
    }
    return text.toString();
  }
}
