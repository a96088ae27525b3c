package dev.rlvr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GradersCommandTest {
  private static Path examplePlugin;

  @BeforeAll
  static void findTheExamplePluginJar() {
    examplePlugin = Path.of(System.getProperty("rlvr.test.plugins", "target/test-plugins"), "rlvr-example-plugin.jar");
    assertThat(examplePlugin).as("built by the example-plugin module and copied by this module's pom").exists();
  }

  @Test
  void listsTheBuiltInFormatGraderWithItsOptionsAndRecipe() {
    CliRun run = CliRun.of("graders");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("format  - ").contains("template: choice {auto|r1|prefilled}, default auto").contains("mode: choice");
    assertThat(run.out()).contains("Recipes:").containsPattern("(?m)^  format  - ");
  }

  @Test
  void listsTheMathGraderAndItsRecipes() {
    CliRun run = CliRun.of("graders");
    assertThat(run.out()).contains("math  - ").contains("answer_from: choice")
        .containsPattern("(?m)^  math  - ").containsPattern("(?m)^  r1-zero-math  - ")
        .contains("reward = 1.0 * accuracy[math] + 1.0 * format[format]");
  }

  @Test
  void findsTheExamplePluginOnlyWhenItsJarIsOnThePluginPath() {
    assertThat(classPathHasNoExampleGrader()).isTrue();
    CliRun without = CliRun.of("graders");
    CliRun with = CliRun.of("graders", "--plugins", examplePlugin.toString());
    CliRun withFolder = CliRun.of("graders", "--plugins", examplePlugin.getParent().toString());

    assertThat(without.out()).doesNotContain("exact-match");
    assertThat(with.out()).contains("exact-match  - ").contains("dev.rlvr.example.ExactMatchGraderProvider");
    assertThat(withFolder.out()).contains("exact-match  - ");
  }

  @Test
  void aMissingPluginPathIsAUsageError() {
    CliRun run = CliRun.of("graders", "--plugins", "no/such/plugin.jar");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("no/such/plugin.jar").contains("does not exist");
  }

  private static boolean classPathHasNoExampleGrader() {
    return GradersCommandTest.class.getClassLoader().getResource("dev/rlvr/example/ExactMatchGraderProvider.class") == null
        && Files.exists(examplePlugin);
  }
}
