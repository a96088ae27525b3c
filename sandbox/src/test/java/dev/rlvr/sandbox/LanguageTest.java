package dev.rlvr.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

  @ParameterizedTest
  @CsvSource({"py,PYTHON", "Python3,PYTHON", "c,C", "C++,CPP", "cpp,CPP", "cc,CPP", "java,JAVA", "js,JAVASCRIPT",
    "Node,JAVASCRIPT", "javascript,JAVASCRIPT", " python ,PYTHON"})
  void readsTheNamesFencesAndDatasetsUse(String name, Language expected) {
    assertThat(Language.find(name)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"rust", "''", "pyth", "c#"})
  void rejectsUnknownNamesWithTheKnownOnes(String name) {
    assertThat(Language.find(name)).isEmpty();
    assertThatThrownBy(() -> Language.of(name)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("python, c, cpp, java or javascript");
  }
}
