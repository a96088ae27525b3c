package dev.rlvr.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Status;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Programs that try to outlive their run or to kill what supervises them. */
class EscapeTest extends HostileSandboxTest {

  /** A C program whose grandchild detaches (setsid), renames itself "o" + token and sleeps, holding stdout. */
  static String doubleForkOrphan(String token, String parentTail) {
    return """
        #define _GNU_SOURCE
        #include <signal.h>
        #include <stdio.h>
        #include <sys/prctl.h>
        #include <sys/wait.h>
        #include <unistd.h>
        int main(void) {
          pid_t child = fork();
          if (child == 0) {
            setsid();
            if (fork() == 0) {
              prctl(PR_SET_NAME, "o%s", 0, 0, 0);
              signal(SIGTERM, SIG_IGN);
              signal(SIGHUP, SIG_IGN);
              printf("orphan %%d\\n", getpid());
              fflush(stdout);
              for (;;) {
                sleep(60);
              }
            }
            _exit(0);
          }
          waitpid(child, NULL, 0);
          usleep(200 * 1000);
          puts("parent done");
          fflush(stdout);
          %s
          return 0;
        }
        """.formatted(token, parentTail);
  }

  @Test
  void aDetachedGrandchildDoesNotOutliveTheRun() {
    String token = Hostile.token();
    Execution execution = Hostile.run(sandbox, Language.C, doubleForkOrphan(token, ""), Hostile.TIGHT);

    // OK, not TIMEOUT: the run ended with the parent although the orphan still held stdout open.
    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    assertThat(execution.stdout()).contains("orphan ").contains("parent done");
    Hostile.assertHostUnharmed(sandbox, token, true);
  }

  @Test
  void aDetachedGrandchildOfARunThatTimesOutIsGoneToo() {
    String token = Hostile.token();
    Execution execution = Hostile.run(sandbox, Language.C, doubleForkOrphan(token, "for (;;) pause();"),
        Hostile.TIGHT.withWallTime(Duration.ofMillis(1500)));

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.TIMEOUT);
    assertThat(execution.stdout()).contains("orphan ");
    Hostile.assertHostUnharmed(sandbox, token, true);
  }

  @Test
  void pythonDaemonThatClosesItsOutputIsGoneAfterTheRun() {
    String token = Hostile.token();
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        import ctypes, os, time
        if os.fork() == 0:
          os.setsid()
          if os.fork() == 0:
            ctypes.CDLL(None).prctl(15, b"p%s", 0, 0, 0)
            os.close(0); os.close(1); os.close(2)
            time.sleep(120)
          os._exit(0)
        os.wait()
        time.sleep(0.2)
        print("parent done")
        """.formatted(token), Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    assertThat(execution.stdout()).isEqualTo("parent done\n");
    Hostile.assertHostUnharmed(sandbox, token, true);
  }

  @Test
  void killingTheParentInitAndEveryoneFromInsideHarmsNothing() {
    Hostile.assumeDropsPrivileges(sandbox);
    Execution execution = Hostile.run(sandbox, Language.C, """
        #include <errno.h>
        #include <signal.h>
        #include <stdio.h>
        #include <string.h>
        #include <unistd.h>
        static void report(const char *what, int result) {
          printf("%s %s\\n", what, result == 0 ? "delivered" : strerror(errno));
        }
        int main(void) {
          signal(SIGTERM, SIG_IGN);
          report("parent", kill(getppid(), SIGKILL));
          report("init", kill(1, SIGKILL));
          report("everyone", kill(-1, SIGKILL));
          report("everyone-term", kill(-1, SIGTERM));
          puts("survived");
          return 0;
        }
        """, Hostile.TIGHT);

    // The supervisor and bwrap's init run as root; the program as a uid of its own, alone in its pid namespace.
    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    assertThat(execution.stdout()).contains("parent Operation not permitted", "init Operation not permitted",
        "survived");
    assertThat(execution.stdout()).doesNotContain("parent delivered", "init delivered");
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void pythonKillingItsParentAndEveryoneWithChildrenAround() {
    Hostile.assumeDropsPrivileges(sandbox);
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        import os, signal, time
        kids = []
        for _ in range(3):
          pid = os.fork()
          if pid == 0:
            time.sleep(120)
            os._exit(0)
          kids.append(pid)
        try:
          os.kill(os.getppid(), signal.SIGKILL)
          print("parent delivered")
        except PermissionError:
          print("parent refused")
        os.kill(-1, signal.SIGKILL)
        reaped = sum(1 for pid in kids if os.waitpid(pid, 0)[1] == signal.SIGKILL)
        print("children killed", reaped)
        """, Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    assertThat(execution.stdout()).isEqualTo("parent refused\nchildren killed 3\n");
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void killingItsOwnProcessGroupIsKilled() {
    Execution execution = Hostile.run(sandbox, Language.C, """
        #include <signal.h>
        #include <stdio.h>
        int main(void) {
          puts("before");
          fflush(stdout);
          kill(0, SIGKILL);
          puts("after");
          return 0;
        }
        """, Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.KILLED);
    assertThat(execution.signal()).isEqualTo(9);
    assertThat(execution.stdout()).isEqualTo("before\n");
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void aUserNamespaceOfItsOwnIsRefused() {
    // With one the program would hold every capability over namespaces of its own: mounts,
    // netfilter, the way into most kernel exploits. Threads, fork and spawn still work.
    Execution execution = Hostile.run(sandbox, Language.C, """
        #define _GNU_SOURCE
        #include <errno.h>
        #include <pthread.h>
        #include <sched.h>
        #include <spawn.h>
        #include <stdio.h>
        #include <sys/syscall.h>
        #include <sys/wait.h>
        #include <unistd.h>
        static void *nothing(void *arg) { return arg; }
        int main(void) {
          int un = unshare(CLONE_NEWUSER);
          int unErr = errno;
          long cl = syscall(SYS_clone, (long) (CLONE_NEWUSER | SIGCHLD), 0L, 0L, 0L, 0L);
          if (cl == 0) _exit(0);
          int clErr = errno;
          long args[11] = { CLONE_NEWUSER };
          long cl3 = syscall(435, args, sizeof args);  /* clone3 */
          if (cl3 == 0) _exit(0);
          int cl3Err = errno;
          printf("unshare=%d/%d clone=%ld/%d clone3=%ld/%d\\n", un, unErr, cl, clErr, cl3, cl3Err);
          pthread_t thread;
          pid_t child = fork();
          if (child == 0) _exit(7);
          int status;
          waitpid(child, &status, 0);
          char *argv[] = { "/bin/true", 0 };
          pid_t spawned;
          int spawn = posix_spawn(&spawned, "/bin/true", 0, 0, argv, 0);
          printf("thread=%d fork=%d spawn=%d\\n", pthread_create(&thread, 0, nothing, 0), WEXITSTATUS(status), spawn);
          return 0;
        }
        """, Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    assertThat(execution.stdout()).isEqualTo("unshare=-1/1 clone=-1/1 clone3=-1/38\nthread=0 fork=7 spawn=0\n");
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void pythonCannotEnterAUserNamespaceThroughCtypesEither() {
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        import ctypes, os, subprocess
        libc = ctypes.CDLL(None, use_errno=True)
        print(libc.unshare(0x10000000), ctypes.get_errno())  # CLONE_NEWUSER
        print(subprocess.run(["/bin/echo", "spawned"], capture_output=True).stdout.decode().strip())
        """, Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    assertThat(execution.stdout()).isEqualTo("-1 1\nspawned\n");
    Hostile.assertHostUnharmed(sandbox, null, true);
  }
}
