package dev.rlvr.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgramTest {

  @ParameterizedTest
  @ValueSource(strings = {"../escape.txt", "/etc/passwd", "a/../../b", "", "a//b", "./x", "a\\b"})
  void extraFilesMayNotLeaveTheWorkDirectory(String name) {
    assertThatThrownBy(() -> new Program(Language.PYTHON, "pass", Map.of(name, "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nestedRelativeExtraFilesAreAllowed() {
    Program program = new Program(Language.PYTHON, "pass", Map.of("pkg/util.py", "X = 1"));
    assertThat(program.extraFiles()).containsEntry("pkg/util.py", "X = 1");
  }

  @Test
  void theContentHashSeparatesSourceFromFiles() {
    Program a = new Program(Language.C, "ab", Map.of("c", "d"));
    Program b = new Program(Language.C, "a", Map.of("bc", "d"));
    assertThat(a.contentHash()).isNotEqualTo(b.contentHash());
    assertThat(a.contentHash()).isEqualTo(new Program(Language.C, "ab", Map.of("c", "d")).contentHash());
    assertThat(Program.of(Language.C, "x").contentHash()).isNotEqualTo(Program.of(Language.CPP, "x").contentHash());
  }
}
