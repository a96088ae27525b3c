package dev.rlvr.grader.code.run.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rlvr.sandbox.Input;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Program;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/** The harness programs (resources beside this grader) and the requests they read on stdin. */
public final class Harnesses {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PY_VALUES = resource("pyvalues.py");
  private static final Program PYTHON_CALL = Program.of(Language.PYTHON, PY_VALUES + resource("call_harness.py"));
  private static final Program JS_CALL = Program.of(Language.JAVASCRIPT, resource("call_harness.js"));
  private static final Program ASSERT_DRIVER = Program.of(Language.PYTHON, PY_VALUES + resource("assert_driver.py"));
  private static final Program ASSERT_IN_PROCESS = Program.of(Language.PYTHON,
      PY_VALUES + resource("assert_in_process.py"));

  private Harnesses() {}

  /** The program that calls one function of a candidate in this language, if there is one. */
  public static Optional<Program> call(Language language) {
    return switch (language) {
      case PYTHON -> Optional.of(PYTHON_CALL);
      case JAVASCRIPT -> Optional.of(JS_CALL);
      default -> Optional.empty();
    };
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
