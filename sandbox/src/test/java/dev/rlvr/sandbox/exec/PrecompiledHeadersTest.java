package dev.rlvr.sandbox.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rlvr.sandbox.Language;
import dev.rlvr.sandbox.toolchain.Toolchain;
import dev.rlvr.sandbox.toolchain.Toolchains;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecompiledHeadersTest {

  @Test
  void onlySourcesThatIncludeTheHeaderWantIt() {
    assertThat(PrecompiledHeaders.wanted("#include <bits/stdc++.h>\nint main(){}")).isTrue();
    assertThat(PrecompiledHeaders.wanted("#include <iostream>\nint main(){}")).isFalse();
  }

  @Test
  void buildsOnceAReadableHeaderForTheRunsUid(@TempDir Path cache) throws Exception {
    Optional<Toolchain> cpp = new Toolchains().find(Language.CPP);
    assumeTrue(cpp.isPresent(), "no g++ here");
    PrecompiledHeaders headers = new PrecompiledHeaders(cache);
    Optional<Path> dir = headers.includeDirectory(cpp.get());
    assertThat(dir).isPresent();
    Path gch = dir.get().resolve("bits/stdc++.h.gch");
    assertThat(gch).isRegularFile();
    assertThat(Files.getPosixFilePermissions(gch)).contains(PosixFilePermission.OTHERS_READ);
    long built = Files.getLastModifiedTime(gch).toMillis();
    assertThat(new PrecompiledHeaders(cache).includeDirectory(cpp.get())).isEqualTo(dir);
    assertThat(Files.getLastModifiedTime(gch).toMillis()).as("a later sandbox reuses it").isEqualTo(built);
  }
}
