package dev.rlvr.sandbox.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaMainClassTest {

  @Test
  void thePublicClassNamesTheFile() {
    assertThat(JavaMainClass.of("import java.util.*;\npublic class Solution {\n public static void main(String[] a){}\n}"))
        .isEqualTo("Solution");
    assertThat(JavaMainClass.of("public final class Runner { }")).isEqualTo("Runner");
  }

  @Test
  void withoutAPublicClassTheOneWithMainRuns() {
    String source = "class Helper { int x; }\nclass App {\n  public static void main(String[] args) {}\n}";
    assertThat(JavaMainClass.of(source)).isEqualTo("App");
  }

  @Test
  void commentsDoNotCount() {
    String source = "// public class Fake {}\n/* public class Other {} */\npublic class Real { }";
    assertThat(JavaMainClass.of(source)).isEqualTo("Real");
  }

  @Test
  void nothingRecognisableFallsBackToMain() {
    assertThat(JavaMainClass.of("this is not java")).isEqualTo("Main");
  }

  @Test
  void aPackageQualifiesTheClassThatRuns() {
    String source = "// a comment\npackage com.example;\nimport java.util.*;\npublic class Sum {\n  public static void main(String[] a) {}\n}";
    assertThat(JavaMainClass.of(source)).isEqualTo("Sum");
    assertThat(JavaMainClass.qualified(source)).isEqualTo("com.example.Sum");
    assertThat(JavaMainClass.qualified("public class Main {}")).isEqualTo("Main");
    assertThat(JavaMainClass.qualified("class A { String s = \"package x;\"; }")).isEqualTo("A");
  }
}
