package dev.rlvr.sandbox.docker;

import java.util.Objects;

/**
 * Where the docker backend finds its engine and how it sizes its workers.
 *
 * @param dockerHost the engine's address: unix:///path or tcp://host:port
 * @param image the sandbox image, built from sandbox/docker/Dockerfile
 * @param workers long-lived containers, one run at a time each
 * @param cpusPerWorker the CPU quota of one worker container, in CPUs
 */
public record DockerSettings(String dockerHost, String image, int workers, double cpusPerWorker) {

  public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";
  public static final String DEFAULT_IMAGE = "rlvr-sandbox:latest";

  public DockerSettings {
    Objects.requireNonNull(dockerHost, "dockerHost");
    Objects.requireNonNull(image, "image");
    if (workers < 1) {
      throw new IllegalArgumentException("at least one docker worker is needed, was " + workers);
    }
    if (!(cpusPerWorker >= 0.01)) {
      throw new IllegalArgumentException("a worker needs at least 0.01 CPU, was " + cpusPerWorker);
    }
  }

  /** DOCKER_HOST (else the local socket), the default image, one single-CPU worker per core. */
  public static DockerSettings defaults(int workers) {
    return new DockerSettings(hostFromEnvironment(System.getenv("DOCKER_HOST")), DEFAULT_IMAGE, workers, 1.0);
  }

  /** The engine address a DOCKER_HOST value names; the local socket when it is unset or blank. */
  static String hostFromEnvironment(String dockerHostVariable) {
    return dockerHostVariable == null || dockerHostVariable.isBlank() ? DEFAULT_HOST : dockerHostVariable.strip();
  }

  public DockerSettings withImage(String value) {
    return new DockerSettings(dockerHost, value, workers, cpusPerWorker);
  }

  public DockerSettings withDockerHost(String value) {
    return new DockerSettings(value, image, workers, cpusPerWorker);
  }
}
