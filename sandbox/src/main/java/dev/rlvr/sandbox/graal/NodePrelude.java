package dev.rlvr.sandbox.graal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rlvr.sandbox.Input;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * The node-like globals a program expects ({@code require('fs')}, {@code require('readline')},
 * {@code process}, {@code console}), defined by a JavaScript resource over two host functions:
 * write text to stdout or stderr, and exit. Those two proxies are all the host a guest can reach.
 */
final class NodePrelude {

  private static final String RESOURCE = "node-prelude.js";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Source source;

  NodePrelude() {
    this.source = Source.newBuilder(GuestContexts.LANGUAGE, read(), "rlvr-node-prelude.js")
        .cached(true) // parsed once per engine, not once per run
        .buildLiteral();
  }

  /**
   * Defines the globals in the context and returns {@code finish}: call it after the program's
   * top level to replay stdin to its listeners; it returns {@code process.exitCode}.
   */
  Value install(Context context, Input input, GuestRun run) {
    Value installer = context.eval(source);
    ProxyExecutable write = arguments -> {
      byte[] bytes = arguments[1].asString().getBytes(StandardCharsets.UTF_8);
      (arguments[0].asInt() == 2 ? run.stderr() : run.stdout()).write(bytes, 0, bytes.length);
      return null;
    };
    ProxyExecutable exit = arguments -> {
      run.exit(arguments[0].asInt());
      return null;
    };
    return installer.execute(new String(input.stdin(), StandardCharsets.UTF_8), argv(input), write, exit);
  }

  private static String argv(Input input) {
    List<String> argv = new ArrayList<>(List.of("node", GuestContexts.PROGRAM_NAME));
    argv.addAll(input.args());
    try {
      return JSON.writeValueAsString(argv);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings is always JSON", e);
    }
  }

  private static String read() {
    try (InputStream in = NodePrelude.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the graal backend's " + RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
