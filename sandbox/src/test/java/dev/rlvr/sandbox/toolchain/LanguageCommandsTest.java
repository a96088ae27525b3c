package dev.rlvr.sandbox.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Program;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageCommandsTest {
  private static final Toolchain JDK = new Toolchain(Language.JAVA, Path.of("/jdk/bin/javac"),
      Path.of("/jdk/bin/java"), "test", List.of());

  @Test
  void javaCompilesItsExtraSourcesTooInNameOrder() {
    Program program = new Program(Language.JAVA, "public class Harness {}",
        Map.of("Solution.java", "class Solution {}", "data.txt", "1 2", "util/A.java", "class A {}"));
    List<String> command = LanguageCommands.compile(JDK, program, "/work", "/out");
    assertThat(command).endsWith("/work/Harness.java", "/work/Solution.java", "/work/util/A.java");
    assertThat(command).doesNotContain("/work/data.txt");
  }

  @Test
  void javaWithoutExtraSourcesCompilesItsMainFileOnly() {
    List<String> command = LanguageCommands.compile(JDK, Program.of(Language.JAVA, "class Main {}"), "/work", "/out");
    assertThat(command.get(0)).isEqualTo("/jdk/bin/javac");
    assertThat(command).endsWith("-sourcepath", "/work", "/work/Main.java");
  }
}
