package dev.rlvr.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.Ulimit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.command.CreateContainerCmdImpl;
import dev.rlvr.sandbox.Limits;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContainerLimitsTest {

  private static final long MIB = Limits.MIB;
  private static final DockerSettings ONE_CPU = new DockerSettings("unix:///var/run/docker.sock", "img:1", 2, 1.0);

  /** The request is only built here, never sent. */
  private static final CreateContainerCmd.Exec NO_ENGINE = command -> {
    throw new AssertionError("no engine in a mapping test");
  };

  /** 512 MiB, 64 processes, 5 s CPU, 64 MiB files. */
  private static final ContainerLimits DEFAULTS = ContainerLimits.of(Limits.DEFAULT);

  @Test
  void addsTheManagedRuntimesOverheadToMemoryAndProcesses() {
    assertThat(DEFAULTS.programMemoryBytes()).isEqualTo((512 + 256) * MIB);
    assertThat(DEFAULTS.processes()).isEqualTo(64 + 48);
    assertThat(DEFAULTS.cpuSeconds()).isEqualTo(5);
    assertThat(DEFAULTS.fileSizeBytes()).isEqualTo(64 * MIB);
  }

  @Test
  void roundsAFractionalCpuLimitUpToWholeSeconds() {
    assertThat(ContainerLimits.of(Limits.DEFAULT.withCpuTime(Duration.ofMillis(1500))).cpuSeconds()).isEqualTo(2);
    assertThat(ContainerLimits.of(Limits.DEFAULT.withCpuTime(Duration.ofMillis(1))).cpuSeconds()).isEqualTo(1);
  }

  @Nested
  class HostSettings {

    private final HostConfig host = DEFAULTS.hostConfig(ONE_CPU);

    @Test
    void hasNoNetwork() {
      assertThat(host.getNetworkMode()).isEqualTo("none");
    }

    @Test
    void capsMemoryWithoutSwapCountingTheTmpfsMountsItCharges() {
      long expected = (512 + 256) * MIB + 2 * 64 * MIB + 64 * MIB;
      assertThat(host.getMemory()).isEqualTo(expected);
      assertThat(host.getMemorySwap()).as("swap equal to memory means no swap").isEqualTo(expected);
      assertThat(host.getShmSize()).isEqualTo(64 * MIB);
    }

    @Test
    void capsProcessesAtTheRunsLimitPlusRuntimeThreadsAndHelpers() {
      assertThat(host.getPidsLimit()).isEqualTo(64 + 48 + 16L);
    }

    @Test
    void givesEachWorkerItsCpuQuotaInNanoCpus() {
      assertThat(host.getNanoCPUs()).isEqualTo(1_000_000_000L);
      assertThat(DEFAULTS.hostConfig(new DockerSettings("unix:///s", "img", 1, 0.5)).getNanoCPUs())
          .isEqualTo(500_000_000L);
      assertThat(DEFAULTS.hostConfig(new DockerSettings("unix:///s", "img", 1, 2.25)).getNanoCPUs())
          .isEqualTo(2_250_000_000L);
    }

    @Test
    void mountsTheRootReadOnly() {
      assertThat(host.getReadonlyRootfs()).isTrue();
    }

    @Test
    void givesWorkAndTmpSizeCappedTmpfsOnlyWorkExecutable() {
      Map<String, String> tmpfs = host.getTmpFs();
      assertThat(tmpfs).containsOnlyKeys("/work", "/tmp");
      assertThat(options(tmpfs.get("/work"))).contains("size=" + 64 * MIB, "exec", "nosuid", "nodev", "mode=0711")
          .doesNotContain("noexec");
      assertThat(options(tmpfs.get("/tmp"))).contains("size=" + 64 * MIB, "noexec", "nosuid", "mode=1777");
    }

    @Test
    void stagesFilesOnAnAnonymousVolumeBecauseTheEngineCannotCopyIntoTmpfs() {
      assertThat(host.getMounts()).hasSize(1);
      Mount runs = host.getMounts().get(0);
      assertThat(runs.getType()).isEqualTo(MountType.VOLUME);
      assertThat(runs.getTarget()).isEqualTo("/runs");
      assertThat(runs.getSource()).as("anonymous: removed with the container").isNull();
    }

    @Test
    void dropsEveryCapabilityAndAddsBackOnlyWhatTheSupervisorNeeds() {
      assertThat(host.getCapDrop()).containsExactly(Capability.ALL);
      assertThat(host.getCapAdd()).containsExactlyInAnyOrder(Capability.SETUID, Capability.SETGID,
          Capability.KILL, Capability.DAC_OVERRIDE);
      assertThat(host.getCapAdd()).doesNotContain(Capability.SYS_ADMIN, Capability.NET_RAW, Capability.CHOWN);
    }

    @Test
    void forbidsGainingPrivileges() {
      assertThat(host.getSecurityOpts()).containsExactly("no-new-privileges");
    }

    @Test
    void setsOpenFileFileSizeAndCpuUlimits() {
      Map<String, Ulimit> ulimits = Arrays.stream(host.getUlimits())
          .collect(Collectors.toMap(Ulimit::getName, Function.identity()));
      assertThat(ulimits).containsOnlyKeys("nofile", "fsize", "cpu");
      assertThat(ulimits.get("nofile").getHardLong()).isEqualTo(1024L);
      assertThat(ulimits.get("nofile").getHardLong()).as("rlvr-init lowers it to 256 for the program")
          .isGreaterThanOrEqualTo(256 /* rlvr-init -n */);
      assertThat(ulimits.get("fsize").getSoftLong()).isEqualTo(64 * MIB);
      assertThat(ulimits.get("fsize").getHardLong()).isEqualTo(64 * MIB);
      assertThat(ulimits.get("cpu").getSoftLong()).isEqualTo(7L);
      assertThat(ulimits.get("cpu").getHardLong()).isEqualTo(7L);
    }

    @Test
    void runsAnInitToReapOrphans() {
      assertThat(host.getInit()).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 999, 1000, 1001, 4500, 60_000})
  void leavesRoomForTheSupervisorsHardCpuLimit(long cpuMillis) {
    // rlvr-init sets soft = ceil(cpu) and hard = soft + 1; it cannot raise the container's hard limit.
    Limits limits = Limits.DEFAULT.withCpuTime(Duration.ofMillis(cpuMillis));
    long supervisorHard = (cpuMillis + 999) / 1000 + 1;
    assertThat(ContainerLimits.of(limits).cpuUlimitSeconds()).isGreaterThanOrEqualTo(supervisorHard);
  }

  @Test
  void createsAnIdleNonRootContainerWithoutNetwork() {
    CreateContainerCmd command = DEFAULTS.configure(new CreateContainerCmdImpl(NO_ENGINE, null, "img:1"), ONE_CPU);
    CreateContainerCmdImpl request = (CreateContainerCmdImpl) command;
    assertThat(request.getImage()).isEqualTo("img:1");
    assertThat(request.getUser()).isEqualTo("10001:10001").doesNotStartWith("0").isNotEqualTo("root");
    assertThat(request.getCmd()).containsExactly("sleep", "infinity");
    assertThat(request.isNetworkDisabled()).isTrue();
    assertThat(request.getLabels()).containsEntry("dev.rlvr.sandbox", "docker-worker");
    assertThat(request.getHostConfig().getMemory()).isEqualTo(DEFAULTS.containerMemoryBytes());
  }

  @Test
  void sendsTheEngineTheFieldNamesOfItsApi() throws Exception {
    CreateContainerCmd request = DEFAULTS.configure(new CreateContainerCmdImpl(NO_ENGINE, null, "img:1"), ONE_CPU);
    ObjectMapper mapper = DefaultDockerClientConfig.createDefaultConfigBuilder().build().getObjectMapper();
    JsonNode json = mapper.readTree(mapper.writeValueAsString(request));
    JsonNode host = json.get("HostConfig");
    assertThat(json.get("User").asText()).isEqualTo("10001:10001");
    assertThat(json.get("NetworkDisabled").asBoolean()).isTrue();
    assertThat(host.get("NetworkMode").asText()).isEqualTo("none");
    assertThat(host.get("Memory").asLong()).isEqualTo(host.get("MemorySwap").asLong()).isEqualTo(960 * MIB);
    assertThat(host.get("PidsLimit").asLong()).isEqualTo(128);
    assertThat(host.get("NanoCpus").asLong()).isEqualTo(1_000_000_000L);
    assertThat(host.get("ReadonlyRootfs").asBoolean()).isTrue();
    assertThat(host.get("Tmpfs").get("/work").asText()).contains("size=67108864");
    assertThat(host.get("CapDrop").toString()).isEqualTo("[\"ALL\"]");
    assertThat(host.get("SecurityOpt").toString()).isEqualTo("[\"no-new-privileges\"]");
    assertThat(host.get("Ulimits").toString()).contains("{\"Name\":\"fsize\",\"Soft\":67108864,\"Hard\":67108864}");
    assertThat(host.get("Mounts").get(0).get("Type").asText()).isEqualTo("volume");
    assertThat(host.get("Init").asBoolean()).isTrue();
  }

  @Nested
  class Widening {

    private final ContainerLimits compile = ContainerLimits.of(Limits.COMPILE);

    @Test
    void unionTakesTheLargerOfEachLimit() {
      ContainerLimits big = ContainerLimits.of(Limits.DEFAULT.withProcesses(500).withCpuTime(Duration.ofSeconds(1)));
      ContainerLimits union = big.union(compile);
      assertThat(union.processes()).isEqualTo(500 + 48);
      assertThat(union.programMemoryBytes()).isEqualTo((2048 + 256) * MIB);
      assertThat(union.cpuSeconds()).isEqualTo(20);
      assertThat(union.fileSizeBytes()).isEqualTo(256 * MIB);
      assertThat(union).isEqualTo(compile.union(big));
    }

    @Test
    void aContainerCoversRunsWithinItsLimitsOnly() {
      assertThat(compile.covers(DEFAULTS)).isTrue();
      assertThat(DEFAULTS.covers(compile)).isFalse();
      assertThat(compile.covers(ContainerLimits.of(Limits.DEFAULT.withCpuTime(Duration.ofSeconds(20))))).isTrue();
      assertThat(compile.covers(ContainerLimits.of(Limits.DEFAULT.withProcesses(65)))).isFalse();
      assertThat(compile.covers(ContainerLimits.of(Limits.DEFAULT.withProcesses(500)))).isFalse();
      assertThat(compile.covers(ContainerLimits.of(Limits.DEFAULT.withFileSizeBytes(257 * MIB)))).isFalse();
      assertThat(compile.covers(ContainerLimits.of(Limits.DEFAULT.withCpuTime(Duration.ofSeconds(21))))).isFalse();
      assertThat(compile.covers(ContainerLimits.of(Limits.DEFAULT.withMemoryBytes(4096 * MIB)))).isFalse();
      assertThat(compile.covers(compile)).isTrue();
    }
  }

  @Test
  void rejectsNonPositiveLimits() {
    assertThatThrownBy(() -> new ContainerLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContainerLimits(1, 1, 1, -5)).isInstanceOf(IllegalArgumentException.class);
  }

  private static java.util.List<String> options(String mountOptions) {
    return Arrays.asList(mountOptions.split(","));
  }
}
