package dev.rlvr.sandbox.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CappedFramesTest {

  private final AtomicInteger kills = new AtomicInteger();

  @Test
  void keepsStdoutAndStderrApartUnderTheCap() {
    CappedFrames frames = new CappedFrames(10, kills::incrementAndGet);
    frames.onNext(frame(StreamType.STDOUT, "hello "));
    frames.onNext(frame(StreamType.STDERR, "oops"));
    frames.onNext(frame(StreamType.STDOUT, "you"));
    assertThat(text(frames.stdout())).isEqualTo("hello you");
    assertThat(text(frames.stderr())).isEqualTo("oops");
    assertThat(frames.overflowed()).isFalse();
    assertThat(kills).hasValue(0);
  }

  @Test
  void killsOnceAndStopsReadingAtTheFirstBytePastTheCap() throws Exception {
    CappedFrames frames = new CappedFrames(8, kills::incrementAndGet);
    AtomicBoolean streamClosed = new AtomicBoolean();
    Closeable stream = () -> streamClosed.set(true);
    frames.onStart(stream);
    frames.onNext(frame(StreamType.STDOUT, "12345"));
    frames.onNext(frame(StreamType.STDOUT, "6789abc"));
    frames.onNext(frame(StreamType.STDOUT, "more"));
    frames.onNext(frame(StreamType.STDERR, "late"));
    assertThat(text(frames.stdout())).isEqualTo("12345678");
    assertThat(frames.stderr()).isEmpty();
    assertThat(frames.overflowed()).isTrue();
    assertThat(kills).hasValue(1);
    assertThat(streamClosed).isTrue();
    assertThat(frames.awaitCompletion(1, TimeUnit.SECONDS)).as("waiting callers are released").isTrue();
  }

  @Test
  void capsStderrOnItsOwn() {
    CappedFrames frames = new CappedFrames(4, kills::incrementAndGet);
    frames.onNext(frame(StreamType.STDOUT, "abcd"));
    assertThat(frames.overflowed()).isFalse();
    frames.onNext(frame(StreamType.STDERR, "vwxyz"));
    assertThat(frames.overflowed()).isTrue();
    assertThat(text(frames.stderr())).isEqualTo("vwxy");
    assertThat(text(frames.stdout())).isEqualTo("abcd");
  }

  private static Frame frame(StreamType type, String text) {
    return new Frame(type, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
