package dev.rlvr.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DockerSettingsTest {

  @Test
  void usesTheLocalSocketWhenDockerHostIsUnsetOrBlank() {
    assertThat(DockerSettings.hostFromEnvironment(null)).isEqualTo("unix:///var/run/docker.sock");
    assertThat(DockerSettings.hostFromEnvironment("  ")).isEqualTo("unix:///var/run/docker.sock");
  }

  @Test
  void followsDockerHost() {
    assertThat(DockerSettings.hostFromEnvironment(" tcp://10.0.0.5:2375\n")).isEqualTo("tcp://10.0.0.5:2375");
  }

  @Test
  void defaultsToOneSingleCpuWorkerPerParallelRun() {
    DockerSettings settings = DockerSettings.defaults(6);
    assertThat(settings.workers()).isEqualTo(6);
    assertThat(settings.cpusPerWorker()).isEqualTo(1.0);
    assertThat(settings.image()).isEqualTo("rlvr-sandbox:latest");
  }

  @Test
  void rejectsAnEmptyPoolOrNoCpu() {
    assertThatThrownBy(() -> new DockerSettings("unix:///s", "img", 0, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DockerSettings("unix:///s", "img", 1, 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DockerSettings("unix:///s", "img", 1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
