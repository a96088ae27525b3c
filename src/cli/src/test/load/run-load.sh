#!/usr/bin/env bash
# Load test of `rlvr serve` over loopback with wrk (Debian package `wrk`): requests/s and latency
# for batches of 1 and 256 math rollouts, then RSS and heap after GC sampled during and after a
# run at saturation. Usage: src/cli/src/test/load/run-load.sh [saturation-seconds] (default 300;
# 0 for the short measurements only). Needs src/cli/target/rlvr.jar, wrk, python3, curl and jcmd.
set -euo pipefail
cd "$(dirname "$0")/../../../../.."
SATURATION_S=${1:-300}
PORT=${PORT:-18123}
JAR=src/cli/target/rlvr.jar
OUT=$(mktemp -d)
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
python3 src/cli/src/test/load/bodies.py problems/math-rollouts.jsonl "$OUT" 1 256

"$JAVA" -Xmx1g -jar "$JAR" serve --recipe r1-zero-math --port "$PORT" 2>"$OUT/server.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/health" >/dev/null; do sleep 0.2; done

load() { # name connections seconds body
  local threads=$(( $2 < 2 ? $2 : 2 ))
  echo "== $1: wrk -t$threads -c$2 -d$3s --latency, body $(basename "$4")"
  BODY="$4" wrk -t"$threads" -c"$2" -d"$3"s --latency -s src/cli/src/test/load/post.lua \
    "http://127.0.0.1:$PORT/get_reward" | grep -E 'Requests/sec|Latency  |50%|90%|99%|requests in|Non-2xx|Socket errors' || true
}
memory() { # label
  jcmd "$SERVER" GC.run >/dev/null
  heap=$(jcmd "$SERVER" GC.heap_info | grep -oE 'used [0-9]+K' | head -1)
  echo "   memory $1: RSS $(($(ps -o rss= -p "$SERVER") / 1024)) MiB, heap after GC ${heap#used }"
}

load "warm-up" 4 10 "$OUT/get_reward_1.json" >/dev/null
echo "== GET /health (the HTTP server alone): wrk -t2 -c8 -d10s --latency"
wrk -t2 -c8 -d10s --latency "http://127.0.0.1:$PORT/health" | grep -E 'Requests/sec|50%|99%|Non-2xx' || true
load "batch of 1, 1 connection" 1 20 "$OUT/get_reward_1.json"
load "batch of 1, 8 connections" 8 20 "$OUT/get_reward_1.json"
load "batch of 256, 1 connection" 1 20 "$OUT/get_reward_256.json"
load "batch of 256, 4 connections" 4 20 "$OUT/get_reward_256.json"
memory "before saturation"
[ "$SATURATION_S" -gt 0 ] || exit 0
BODY="$OUT/get_reward_256.json" wrk -t2 -c16 -d"${SATURATION_S}s" --latency -s src/cli/src/test/load/post.lua \
  "http://127.0.0.1:$PORT/get_reward" > "$OUT/saturation.txt" &
WRK=$!
for _ in $(seq 1 $((SATURATION_S / 30))); do sleep 30; memory "during saturation"; done
wait $WRK
echo "== saturation, batch of 256, 16 connections, ${SATURATION_S}s"
grep -E 'Requests/sec|Latency  |50%|99%|requests in|Non-2xx|Socket errors' "$OUT/saturation.txt" || true
sleep 5
memory "after saturation"
curl -s "http://127.0.0.1:$PORT/metrics" | grep -E '^rlvr_(records_total|http_requests_seconds_count|timeouts_total)' || true
