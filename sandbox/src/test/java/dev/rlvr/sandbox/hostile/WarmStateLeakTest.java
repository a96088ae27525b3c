package dev.rlvr.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Sandboxes;
import dev.rlvr.sandbox.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tests of one warm Python worker share its sandbox: its ipc namespace, its uid and the memory
 * every test's child is forked from. Programs here plant state there (System V IPC, POSIX message
 * queues, keyrings, files on every core) or look for the previous test's data, and no later test
 * may find anything; nor may a test read the host's paths from the worker's command line.
 */
class WarmStateLeakTest {

  private static Path cacheRoot;
  private static Sandbox warm;

  @BeforeAll
  static void startWarm() throws Exception {
    Hostile.assumeBwrap();
    cacheRoot = Hostile.newCacheRoot();
    warm = Sandboxes.create("bwrap", Hostile.settings(cacheRoot), true);
  }

  @AfterAll
  static void stopWarm() {
    Hostile.closeQuietly(warm, cacheRoot);
  }

  private static void assertNothingCarriedOver(String source) {
    StateLeakTest.assertNothingCarriedOver(warm, true, Language.PYTHON, source);
  }

  @Test
  void keyringsCannotCarryDataBetweenWarmTests() {
    assertNothingCarriedOver(StateLeakTest.KEYRING);
  }

  @Test
  void systemVSharedMemoryAndQueuesDoNotSurviveAWarmTest() {
    assertNothingCarriedOver("""
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.shmat.restype = ctypes.c_void_p
        old = libc.shmget(0x5eed, 4096, 0)
        if old >= 0:
            print("LEAKED segment", ctypes.string_at(libc.shmat(old, None, 0), 20))
        if libc.msgget(0x5eee, 0) >= 0 or libc.semget(0x5eef, 1, 0) >= 0:
            print("LEAKED queue or semaphore")
        segment = libc.shmget(0x5eed, 4096, 0o1666)  # IPC_CREAT | 0666
        ctypes.memmove(libc.shmat(segment, None, 0), b"from an earlier test", 20)
        libc.msgget(0x5eee, 0o1666)
        libc.semget(0x5eef, 1, 0o1666)
        print("planted")
        """);
  }

  @Test
  void posixMessageQueuesCannotBeCreated() {
    // mq_open(O_CREAT | O_RDWR): a queue would live as long as the warm worker's ipc namespace.
    assertNothingCarriedOver("""
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.syscall(240, b"rlvr-hostile", 2, 0, None) >= 0:  # mq_open without O_CREAT
            print("LEAKED queue")
        created = libc.syscall(240, b"rlvr-hostile", 0o102, 0o666, None)
        print("planted" if created < 0 else "LEAKED: a queue was created")
        """);
  }

  @Test
  void aWarmTestFindsNothingOfThePreviousTestInTheWorkersObjects() {
    // The test's child is a fork of the worker: the worker's last request and reply must not be among its objects.
    assertNothingCarriedOver("""
        import gc, sys
        seen = []
        for frame in sys._current_frames().values():
            while frame is not None:
                seen += [k for k in list(frame.f_locals) if k in ("reply", "body")]
                frame = frame.f_back
        seen += [o for o in gc.get_objects() if isinstance(o, dict) and "stdout_len" in o]
        print("LEAKED", seen) if seen else None
        print("planted")
        """);
  }

  @Test
  void aWarmTestFindsNothingOfThePreviousTestsOutputInFreedMemory() {
    // Every run scans its whole writable memory for what an earlier run printed; neither the
    // pattern nor the source holds the marker, so before the print only a remnant can match.
    assertNothingCarriedOver("""
        import ctypes, re
        # The marker as printed, and as base64 (the worker once sent output that way).
        marker = re.compile(b"MK(?:Q7){30}|TUtR(?:N1E3UTdR){6}")
        for line in open("/proc/self/maps").read().splitlines():
            fields = line.split()
            if not fields[1].startswith("rw"):
                continue
            low, high = (int(x, 16) for x in fields[0].split("-"))
            if high - low <= 64 << 20 and marker.search(ctypes.string_at(low, high - low)):
                print("LEAKED in", fields[5:] or "anonymous memory")
        print("MK" + "".join(["Q7"] * 30), "planted")  # a list, which the compiler does not fold
        """);
  }

  @Test
  void filesCreatedOnEveryCoreUntilTheWallLimitAreATimeoutAndAllGoneForTheNextTest() {
    // Deleting them takes the worker longer than creating them took the test: the verdict must
    // not wait for (nor time out on) that, and no later test may see one of them.
    Execution flood = Hostile.run(warm, Language.PYTHON, """
        import os
        for k in range(12):
            if os.fork() == 0:
                break
        for root in ("/tmp", "."):
            os.makedirs("%s/d%d" % (root, os.getpid()), exist_ok=True)
        n = 0
        while True:
            os.close(os.open("%s/d%d/f%d" % ("/tmp" if n % 2 else ".", os.getpid(), n), os.O_CREAT | os.O_WRONLY))
            n += 1
        """, Hostile.TIGHT);
    assertThat(flood.status()).as("%s", flood).isEqualTo(Status.TIMEOUT);
    for (int i = 0; i < 4; i++) {
      Execution next = Hostile.run(warm, Language.PYTHON, """
          import os
          print(os.listdir("/tmp"), [name for name in os.listdir("..") if not name.startswith(".")])
          """, Hostile.TIGHT);
      assertThat(next.status()).as("%s", next).isEqualTo(Status.OK);
      assertThat(next.stdout()).as("what the next test sees").matches("\\[\\] \\['t-\\d+'\\]\n");
    }
    assertThat(Hostile.processesOfPoolUids()).as("host processes running as a sandbox uid").isEmpty();
  }

  @Test
  void theWorkersCommandLinesNameNoHostPath() {
    // A cold run's bwrap reads its options from stdin; a worker's stdin carries its requests, so
    // its bwrap must read them from elsewhere, or /proc/1/cmdline shows the host's cache paths and pid.
    Execution execution = Hostile.run(warm, Language.PYTHON, """
        import os
        for pid in sorted(int(p) for p in os.listdir("/proc") if p.isdigit()):
            with open("/proc/%d/cmdline" % pid, "rb") as f:
                print(pid, f.read().replace(b"\\0", b" ").decode(errors="replace"))
        """, Hostile.TIGHT);
    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    assertThat(execution.stdout()).contains("bwrap --args").doesNotContain(cacheRoot.toString(), "--ro-bind",
        "--cap-add", "/instance-");
  }
}
