package dev.rlvr.grader.code.run.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Program;
import dev.rlvr.sandbox.toolchain.JavaMainClass;
import dev.rlvr.sandbox.toolchain.LanguageCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** The harness programs (resources beside this grader) and the requests they read on stdin. */
public final class Harnesses {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PY_VALUES = resource("pyvalues.py");
  private static final Program PYTHON_CALL = Program.of(Language.PYTHON, PY_VALUES + resource("call_harness.py"));
  private static final Program JS_CALL = Program.of(Language.JAVASCRIPT, resource("call_harness.js"));
  private static final Program JAVA_CALL = Program.of(Language.JAVA, resource("call_harness.java"));
  private static final Program ASSERT_DRIVER = Program.of(Language.PYTHON, PY_VALUES + resource("assert_driver.py"));
  private static final Program ASSERT_IN_PROCESS = Program.of(Language.PYTHON,
      PY_VALUES + resource("assert_in_process.py"));

  private Harnesses() {}

  /** The program that calls one function of a candidate in this language, if there is one. */
  public static Optional<Program> call(Language language) {
    return switch (language) {
      case PYTHON -> Optional.of(PYTHON_CALL);
      case JAVASCRIPT -> Optional.of(JS_CALL);
      case JAVA -> Optional.of(JAVA_CALL);
      default -> Optional.empty();
    };
  }

  /**
   * The program one call runs. Python and JavaScript harnesses load the candidate's source from
   * the request; Java's is compiled with it, the candidate a file beside the harness named after
   * its public class. That program is the same for every test of a submission, so it compiles once.
   */
  public static Program callProgram(Program harness, Program candidate) {
    if (!compilesCandidate(harness.language())) {
      return harness;
    }
    String file = JavaMainClass.of(candidate.source()) + ".java";
    if (file.equals(LanguageCommands.sourceFileName(harness))) {
      file = "Candidate.java"; // javac then says why a class of the harness's name cannot be
    }
    Map<String, String> files = new HashMap<>(candidate.extraFiles());
    files.put(file, candidate.source());
    return new Program(harness.language(), harness.source(), files);
  }

  /** Whether the candidate is compiled into the harness rather than sent in the request. */
  public static boolean compilesCandidate(Language language) {
    return language == Language.JAVA;
  }

  /** Runs assert-style test code against remote calls; no candidate code ever runs in it. */
  public static Program assertDriver() {
    return ASSERT_DRIVER;
  }

  /** Runs test code and candidate code in one process: the weaker fallback. */
  public static Program assertInProcess() {
    return ASSERT_IN_PROCESS;
  }

  /** A fresh unguessable token: only lines that start with it are the harness's. */
  public static String nonce() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Standard input of a harness: the nonce on the first line, then the request as JSON. */
  public static Input request(String nonce, JsonNode request) {
    try {
      return Input.ofStdin(nonce + "\n" + PyValues.JSON.writeValueAsString(request));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = Harnesses.class.getResourceAsStream("/dev/rlvr/grader/code/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing harness resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
