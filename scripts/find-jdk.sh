# Sourced by the launchers (./rlvr, ./rlvr-spark, ./rlvr-train): finds a JDK 25 or newer and exports JAVA_HOME.
# Expects LAUNCHER (the launcher's name, for messages); defines die().
REQUIRED_JDK=25
FALLBACK_JDK=/usr/lib/jvm/temurin-25-jdk-amd64

die() { echo "$LAUNCHER: $*" >&2; exit 2; }

# The major version of the java at $1/bin/java, or nothing.
java_major() {
  local v
  v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  echo "${v%%.*}"
}

find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" "$FALLBACK_JDK" /usr/lib/jvm/*-25-* /usr/lib/jvm/*-2[6-9]-*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(java_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge "$REQUIRED_JDK" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

JDK="$(find_jdk)" || die "$LAUNCHER needs a JDK $REQUIRED_JDK or newer (with javac) to build and run.
  Looked at \$JAVA_HOME (${JAVA_HOME:-unset}), $FALLBACK_JDK and /usr/lib/jvm.
  Install one (for example Temurin $REQUIRED_JDK) and set JAVA_HOME to it."
export JAVA_HOME="$JDK"
