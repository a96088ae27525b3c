package dev.rlvr.grader.math.equiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.api.GradeContext;
import dev.rlvr.grader.math.equiv.Comparison.Outcome;
import dev.rlvr.grader.math.expr.Expr;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of {@code equiv/cases.txt}: one gold, one answer, the expected outcome. */
class EquivalenceCasesTest {
  private static final Equivalence DEFAULT = new Equivalence(EquivalenceOptions.defaults());

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                EquivalenceCasesTest.class.getResourceAsStream("/equiv/cases.txt"));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" \\| ");
        String options = parts.length > 3 ? parts[3].strip() : "";
        out.add(
            Arguments.of(
                number,
                Outcome.valueOf(parts[0].strip()),
                parts[1].strip(),
                parts[2].strip(),
                options));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.stream();
  }

  @ParameterizedTest(name = "line {0}: {1} | {2} | {3} {4}")
  @MethodSource("cases")
  void comparesAsExpected(int line, Outcome expected, String gold, String answer, String options) {
    Equivalence equivalence = options.isEmpty() ? DEFAULT : new Equivalence(parseOptions(options));
    Expr g = Sx.parse(gold);
    Expr a = Sx.parse(answer);

    Comparison result = equivalence.compare(g, a, GradeContext.unlimited());

    assertThat(result.outcome()).as("line %d: %s", line, result).isEqualTo(expected);
    if (options.isEmpty()) {
      Comparison reversed = equivalence.compare(a, g, GradeContext.unlimited());
      assertThat(reversed.outcome()).as("line %d reversed: %s", line, reversed).isEqualTo(expected);
    }
  }

  private static EquivalenceOptions parseOptions(String text) {
    EquivalenceOptions o = EquivalenceOptions.defaults();
    for (String option : text.split("\\s+")) {
      String[] kv = option.split("=");
      o =
          switch (kv[0]) {
            case "tol" -> o.withRelativeTolerance(Double.parseDouble(kv[1]));
            case "percent" -> o.withPercent(PercentPolicy.valueOf(kv[1]));
            case "deg" -> o.withDegreesEqualRadians(Boolean.parseBoolean(kv[1]));
            default -> throw new IllegalArgumentException("unknown option " + option);
          };
    }
    return o;
  }
}
