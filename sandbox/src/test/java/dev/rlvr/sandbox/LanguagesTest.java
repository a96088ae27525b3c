package dev.rlvr.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.exec.SandboxSettings;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every language compiles (once) and runs in the default backend, with its errors told apart. */
class LanguagesTest {

  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    BwrapAvailable.assumeInstalled();
    sandbox = Sandboxes.create("bwrap", SandboxSettings.defaults(), false);
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  static Program sumOfStdin(Language language) {
    return Program.of(language, switch (language) {
      case PYTHON -> "import sys\nprint(sum(int(x) for x in sys.stdin.read().split()))";
      case C -> "#include <stdio.h>\nint main(void){long s=0,x;while(scanf(\"%ld\",&x)==1)s+=x;printf(\"%ld\\n\",s);}";
      case CPP -> "#include <bits/stdc++.h>\nint main(){long s=0,x;while(std::cin>>x)s+=x;std::cout<<s<<'\\n';}";
      case JAVA -> "import java.util.*;\npublic class Solution { public static void main(String[] a) {"
          + " Scanner in = new Scanner(System.in); long s = 0; while (in.hasNextLong()) s += in.nextLong();"
          + " System.out.println(s); } }";
      case JAVASCRIPT -> "const t = require('fs').readFileSync(0, 'utf8').split(/\\s+/).filter(Boolean);"
          + "console.log(t.reduce((a, b) => a + Number(b), 0));";
    });
  }

  static Program failing(Language language) {
    return Program.of(language, switch (language) {
      case PYTHON -> "import sys\nprint('partial')\nsys.exit(4)";
      case C -> "#include <stdio.h>\nint main(void){puts(\"partial\");return 4;}";
      case CPP -> "#include <cstdio>\nint main(){std::puts(\"partial\");return 4;}";
      case JAVA -> "public class Main { public static void main(String[] a) { System.out.println(\"partial\");"
          + " System.exit(4); } }";
      case JAVASCRIPT -> "console.log('partial'); process.exitCode = 4;";
    });
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void runsAProgramOnItsInput(Language language) {
    Execution execution = sandbox.run(sumOfStdin(language), Input.ofStdin("1 2 3\n40\n"), Limits.DEFAULT);
    assertThat(execution.status()).as(execution.toString()).isEqualTo(Status.OK);
    assertThat(execution.stdout()).isEqualTo("46\n");
    assertThat(execution.wallTime()).isPositive();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aNonZeroExitIsARuntimeErrorWithItsOutput(Language language) {
    Execution execution = sandbox.run(failing(language), Input.EMPTY, Limits.DEFAULT);
    assertThat(execution.status()).as(execution.toString()).isEqualTo(Status.RUNTIME_ERROR);
    assertThat(execution.exitCode()).isEqualTo(4);
    assertThat(execution.stdout()).isEqualTo("partial\n");
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"C", "CPP", "JAVA"})
  void compileErrorsCarryTheCompilersMessages(Language language) {
    Execution execution = sandbox.run(Program.of(language, "int main( { return 0 }"), Input.EMPTY, Limits.DEFAULT);
    assertThat(execution.status()).isEqualTo(Status.COMPILE_ERROR);
    assertThat(execution.stderr()).containsIgnoringCase("error");
  }

  @Test
  void aPythonSyntaxErrorIsARuntimeErrorAsInAFreshInterpreter() {
    Execution execution = sandbox.run(Program.of(Language.PYTHON, "def f(:\n"), Input.EMPTY, Limits.DEFAULT);
    assertThat(execution.status()).isEqualTo(Status.RUNTIME_ERROR);
    assertThat(execution.stderr()).contains("SyntaxError");
  }

  @Test
  void extraFilesSitBesideTheSource() {
    Program python = new Program(Language.PYTHON, "from helper import twice\nprint(twice(21))",
        Map.of("helper.py", "def twice(x):\n    return 2 * x\n"));
    assertThat(sandbox.run(python, Input.EMPTY, Limits.DEFAULT).stdout()).isEqualTo("42\n");
    Program c = new Program(Language.C, "#include <stdio.h>\n#include \"answer.h\"\nint main(void){printf(\"%d\\n\", ANSWER);}",
        Map.of("answer.h", "#define ANSWER 42\n"));
    assertThat(sandbox.run(c, Input.EMPTY, Limits.DEFAULT).stdout()).isEqualTo("42\n");
  }

  @Test
  void aRunsOwnFilesSitBesideTheProgramWithoutRecompilingIt() {
    Program c = Program.of(Language.C, "#include <stdio.h>\nint main(void){char b[64]={0};"
        + "FILE*f=fopen(\"data.txt\",\"r\");if(!f)return 3;fgets(b,63,f);printf(\"%s\",b);return 0;}");
    long before = ((dev.rlvr.sandbox.exec.SupervisedSandbox) sandbox).compileCache().compilations();
    for (String text : new String[] {"first\n", "second\n"}) {
      Execution execution = sandbox.run(c, new Input(new byte[0], java.util.List.of(), Map.of("data.txt", text)),
          Limits.DEFAULT);
      assertThat(execution.stdout()).isEqualTo(text);
    }
    assertThat(((dev.rlvr.sandbox.exec.SupervisedSandbox) sandbox).compileCache().compilations() - before)
        .isEqualTo(1);
    Program python = Program.of(Language.PYTHON, "print(open('data.txt').read().strip())");
    assertThat(sandbox.run(python, new Input(new byte[0], java.util.List.of(), Map.of("data.txt", "py")),
        Limits.DEFAULT).stdout()).isEqualTo("py\n");
  }

  @Test
  void argumentsReachTheProgram() {
    Program python = Program.of(Language.PYTHON, "import sys\nprint(sys.argv[1:])");
    Input input = new Input(new byte[0], java.util.List.of("a b", "c"));
    assertThat(sandbox.run(python, input, Limits.DEFAULT).stdout()).isEqualTo("['a b', 'c']\n");
  }

  @Test
  void theEnvironmentIsBuiltFromNothing() {
    Execution execution = sandbox.run(Program.of(Language.PYTHON,
        "import os\nprint(' '.join(sorted(os.environ)))"), Input.EMPTY, Limits.DEFAULT);
    assertThat(execution.stdout().strip().split(" ")).doesNotContain("JAVA_HOME", "MAVEN_OPTS", "USER", "SHELL")
        .contains("PATH", "HOME", "LANG");
  }

  @Test
  void pythonStringHashingIsTheSameEveryRun() {
    Program program = Program.of(Language.PYTHON, "print(hash('rlvr'), list({'a', 'b', 'c', 'd'}))");
    String first = sandbox.run(program, Input.EMPTY, Limits.DEFAULT).stdout();
    assertThat(sandbox.run(program, Input.EMPTY, Limits.DEFAULT).stdout()).isEqualTo(first).isNotBlank();
  }
}
