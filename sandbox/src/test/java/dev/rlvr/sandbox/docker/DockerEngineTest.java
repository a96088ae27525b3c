package dev.rlvr.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rlvr.sandbox.exec.SandboxSettings;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens where no engine answers: these run everywhere, engine or not. */
class DockerEngineTest {

  @TempDir
  Path dir;

  @Test
  void creatingTheSandboxWithoutAnEngineSaysWhereItLooked() {
    String host = "unix://" + dir.resolve("no-such-docker.sock");
    DockerSettings docker = new DockerSettings(host, "rlvr-sandbox:latest", 1, 1.0);
    SandboxSettings settings = SandboxSettings.defaults().withCacheRoot(dir.resolve("cache"));
    assertThatThrownBy(() -> DockerSandbox.create(settings, docker))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("no Docker engine at " + host + ": ")
        .satisfies(e -> assertThat(e.getMessage().substring(("no Docker engine at " + host + ": ").length()))
            .as("the reason after the address").isNotBlank());
    assertThat(dir.resolve("cache")).as("nothing set up on the host for a sandbox that never started")
        .doesNotExist();
  }

  @Test
  void describesTheInnermostCause() {
    Exception wrapped = new RuntimeException("outer", new IllegalStateException("mid",
        new java.net.ConnectException("Connection refused")));
    assertThat(DockerEngine.describe(wrapped)).isEqualTo("Connection refused");
    assertThat(DockerEngine.describe(new RuntimeException((String) null))).isEqualTo("RuntimeException");
  }
}
