package dev.rlvr.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Status;
import org.junit.jupiter.api.Test;

/**
 * Programs that plant state in kernel objects that outlive their processes (keyrings) and look
 * for it in the next run: nothing one run leaves may reach another run that borrows the same uid.
 * {@link WarmStateLeakTest} does the same between the tests of a warm Python worker.
 */
class StateLeakTest extends HostileSandboxTest {

  /** Enough runs that each warm worker (one per core) serves several in a row. */
  private static final int RUNS = 6;

  /** Each run looks for what an earlier one planted, then plants it: no run may find anything. */
  static void assertNothingCarriedOver(Sandbox target, boolean warm, Language language,
      String source) {
    for (int i = 0; i < RUNS; i++) {
      Execution execution = Hostile.run(target, language, source, Hostile.TIGHT);
      assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
      assertThat(execution.stdout()).as("run %d", i).doesNotContain("LEAKED").contains("planted");
    }
    if (warm) {
      // The workers themselves stay, by design: only the tests' processes must be gone.
      assertThat(Hostile.processesOfPoolUids()).as("host processes running as a sandbox uid").isEmpty();
      Hostile.assertJvmWorks(target);
    } else {
      Hostile.assertHostUnharmed(target, null, true);
    }
  }

  /** add_key to the uid's user keyring: the key would outlive the run and greet the uid's next borrower. */
  static final String KEYRING = """
      import ctypes, os
      libc = ctypes.CDLL(None, use_errno=True)
      libc.syscall.restype = ctypes.c_long
      found = libc.syscall(249, b"user", b"rlvr-hostile", None, ctypes.c_long(0))  # request_key
      if found > 0:
          print("LEAKED key", found)
      added = libc.syscall(248, b"user", b"rlvr-hostile", b"from an earlier run", ctypes.c_long(19),
                           ctypes.c_long(-4))  # add_key to KEY_SPEC_USER_KEYRING
      print("planted" if added < 0 else "LEAKED: a key was added", ctypes.get_errno())
      """;

  @Test
  void keyringsCannotCarryDataFromOneColdRunToTheNext() {
    Hostile.assumeDropsPrivileges(sandbox);
    assertNothingCarriedOver(sandbox, false, Language.PYTHON, KEYRING);
  }

  @Test
  void cProgramsCannotReachKeyringsEither() {
    Execution execution = Hostile.run(sandbox, Language.C, """
        #include <errno.h>
        #include <stdio.h>
        #include <sys/syscall.h>
        #include <unistd.h>
        int main(void) {
          long key = syscall(SYS_add_key, "user", "rlvr-hostile", "x", 1L, -4L);
          long ring = syscall(SYS_keyctl, 0L, -4L, 1L);  /* KEYCTL_GET_KEYRING_ID of the user keyring */
          printf("add_key=%ld keyctl=%ld errno=%d\\n", key, ring, errno);
          return 0;
        }
        """, Hostile.TIGHT);
    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    assertThat(execution.stdout()).isEqualTo("add_key=-1 keyctl=-1 errno=38\n");
    Hostile.assertHostUnharmed(sandbox, null, true);
  }
}
