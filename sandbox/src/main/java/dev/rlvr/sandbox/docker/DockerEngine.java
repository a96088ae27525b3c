package dev.rlvr.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Opens a client to a Docker engine and checks that the engine answers and has the sandbox image. */
final class DockerEngine {

  private DockerEngine() {
  }

  /**
   * A client whose engine answered a ping.
   *
   * @throws IOException "no Docker engine at HOST: why" when nothing answers there
   */
  static DockerClient connect(DockerSettings settings) throws IOException {
    DockerClient client;
    try {
      DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
          .withDockerHost(settings.dockerHost()).build();
      ZerodepDockerHttpClient http = new ZerodepDockerHttpClient.Builder()
          .dockerHost(config.getDockerHost())
          .sslConfig(config.getSSLConfig())
          // one streaming exec per worker, plus the calls around it
          .maxConnections(settings.workers() * 3 + 4)
          .connectionTimeout(Duration.ofSeconds(5))
          .build();
      client = DockerClientImpl.getInstance(config, http);
    } catch (RuntimeException e) {
      throw new IOException(unreachable(settings.dockerHost(), e), e);
    }
    Optional<String> problem = pingProblem(client);
    if (problem.isPresent()) {
      close(client);
      throw new IOException("no Docker engine at " + settings.dockerHost() + ": " + problem.get());
    }
    return client;
  }

  /** The image's id (part of every compile cache key: a rebuilt image recompiles). */
  static String imageId(DockerClient client, DockerSettings settings) throws IOException {
    try {
      return client.inspectImageCmd(settings.image()).exec().getId();
    } catch (NotFoundException e) {
      throw new IOException("the Docker engine at " + settings.dockerHost() + " has no image "
          + settings.image() + ": build it with docker build -t " + settings.image()
          + " -f sandbox/docker/Dockerfile sandbox", e);
    } catch (RuntimeException e) {
      throw new IOException("cannot inspect image " + settings.image() + ": " + e.getMessage(), e);
    }
  }

  /** Why the engine does not answer a ping now; empty when it does. */
  static Optional<String> pingProblem(DockerClient client) {
    try {
      client.pingCmd().exec();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(describe(e));
    }
  }

  static String unreachable(String host, Throwable e) {
    return "no Docker engine at " + host + ": " + describe(e);
  }

  /** The innermost message: transport exceptions wrap the socket's "No such file" or "Connection refused". */
  static String describe(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  static void close(DockerClient client) {
    try {
      client.close();
    } catch (IOException | RuntimeException e) {
      // closing a client whose engine is gone: nothing left to release
    }
  }
}
