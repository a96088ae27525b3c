package dev.rlvr.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rlvr.sandbox.Execution;
import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.Sandbox;
import dev.rlvr.sandbox.Status;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Programs that try the network. The test listens on the host's loopback (never anywhere else):
 * a sandbox with a network namespace of its own must not reach that listener, and connections to
 * outside addresses must fail at once rather than hang until a timeout.
 */
class NetworkTest {

  private static Path cacheRoot;
  private static Sandbox sandbox;

  private ServerSocket listener;
  private Thread acceptor;
  private final AtomicInteger accepted = new AtomicInteger();

  @BeforeAll
  static void start() throws Exception {
    Hostile.assumeBwrap();
    cacheRoot = Hostile.newCacheRoot();
    sandbox = Hostile.bwrap(cacheRoot);
  }

  @AfterAll
  static void stop() {
    Hostile.closeQuietly(sandbox, cacheRoot);
  }

  @BeforeEach
  void listenOnLoopback() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = Thread.ofVirtual().start(() -> {
      while (!listener.isClosed()) {
        try (Socket ignored = listener.accept()) {
          accepted.incrementAndGet();
        } catch (SocketException closed) {
          return;
        } catch (IOException e) {
          // keep listening
        }
      }
    });
  }

  @AfterEach
  void closeListener() throws Exception {
    listener.close();
    acceptor.join(Duration.ofSeconds(2));
  }

  @Test
  void theListenerIsReachableFromTheHostItself() throws IOException, InterruptedException {
    // The control: the same connection the sandboxed program attempts does work outside it.
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort())) {
      assertThat(socket.isConnected()).isTrue();
    }
    for (int i = 0; i < 100 && accepted.get() == 0; i++) {
      Thread.sleep(10);
    }
    assertThat(accepted.get()).isEqualTo(1);
  }

  @Test
  void pythonCannotReachTheHostsLoopbackNorTheOutside() {
    int port = listener.getLocalPort();
    Execution execution = Hostile.run(sandbox, Language.PYTHON, """
        import errno, socket, time
        def attempt(label, family, kind, address):
          s = socket.socket(family, kind)
          s.settimeout(5)
          started = time.monotonic()
          try:
            if kind == socket.SOCK_DGRAM:
              s.sendto(b"x", address)
              outcome = "SENT"
            else:
              s.connect(address)
              outcome = "CONNECTED"
          except socket.timeout:
            outcome = "TIMEOUT"
          except OSError as e:
            outcome = errno.errorcode.get(e.errno, type(e).__name__)
          finally:
            s.close()
          print(label, outcome, int((time.monotonic() - started) * 1000))
        attempt("loopback-tcp", socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", %d))
        attempt("loopback6-tcp", socket.AF_INET6, socket.SOCK_STREAM, ("::1", %d))
        attempt("blackhole-tcp", socket.AF_INET, socket.SOCK_STREAM, ("10.255.255.1", 80))
        attempt("public-tcp", socket.AF_INET, socket.SOCK_STREAM, ("8.8.8.8", 53))
        attempt("public-udp", socket.AF_INET, socket.SOCK_DGRAM, ("8.8.8.8", 53))
        print("interfaces", ",".join(name for _, name in socket.if_nameindex()))
        """.formatted(port, port), Hostile.TIGHT.withWallTime(Duration.ofSeconds(10)));

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
    List<String> lines = execution.stdout().strip().lines().toList();
    System.out.println("[hostile] network attempts: " + lines);
    assertThat(lines).hasSize(6);
    for (String line : lines.subList(0, 5)) {
      String[] fields = line.split(" ");
      assertThat(fields[1]).as(line).isNotIn("CONNECTED", "SENT", "TIMEOUT");
      // A refused or unreachable network answers at once; the socket timeout was 5 s.
      assertThat(Integer.parseInt(fields[2])).as("milliseconds for %s", line).isLessThan(2000);
    }
    assertThat(lines.get(5)).as("only the sandbox's own loopback").isEqualTo("interfaces lo");
    assertThat(accepted.get()).as("connections the host listener accepted").isZero();
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void cConnectToTheHostListenerFailsFast() {
    int port = listener.getLocalPort();
    Execution execution = Hostile.run(sandbox, Language.C, """
        #include <arpa/inet.h>
        #include <errno.h>
        #include <stdio.h>
        #include <string.h>
        #include <sys/socket.h>
        int main(void) {
          int fd = socket(AF_INET, SOCK_STREAM, 0);
          struct sockaddr_in address;
          memset(&address, 0, sizeof address);
          address.sin_family = AF_INET;
          address.sin_port = htons(%d);
          address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
          if (connect(fd, (struct sockaddr *) &address, sizeof address) == 0) {
            puts("CONNECTED");
            return 0;
          }
          printf("failed %%s\\n", strerror(errno));
          return 1;
        }
        """.formatted(port), Hostile.TIGHT);

    assertThat(execution.status()).as("%s", execution).isEqualTo(Status.RUNTIME_ERROR);
    assertThat(execution.stdout()).startsWith("failed ").doesNotContain("CONNECTED");
    assertThat(accepted.get()).isZero();
    Hostile.assertHostUnharmed(sandbox, null, true);
  }

  @Test
  void aUnixSocketInTheHostsTmpIsInvisible() throws IOException {
    String token = Hostile.token();
    Path socketPath = Path.of("/tmp", "rlvr-hostile-sock-" + token);
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socketPath));
      try (SocketChannel control = SocketChannel.open(UnixDomainSocketAddress.of(socketPath))) {
        assertThat(control.isConnected()).as("the socket works on the host").isTrue();
      }
      Execution execution = Hostile.run(sandbox, Language.PYTHON, """
          import socket
          s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
          try:
            s.connect("%s")
            print("CONNECTED")
          except OSError as e:
            print(type(e).__name__)
          """.formatted(socketPath), Hostile.TIGHT);

      assertThat(execution.status()).as("%s", execution).isEqualTo(Status.OK);
      assertThat(execution.stdout()).isEqualTo("FileNotFoundError\n");
    } finally {
      Files.deleteIfExists(socketPath);
    }
    Hostile.assertHostUnharmed(sandbox, token, true);
  }
}
