#!/usr/bin/env bash
# Times how long the service takes to rebuild a damaged index: an inbox of the project's samples plus N pages
# made from the shared news corpus (../shared/corpus/pku_test.txt, eight paragraphs a page) is indexed, 8 bytes in
# the middle of the largest compound file are flipped, and the service is timed from start to ready (the check,
# setting the damaged copy aside, re-indexing every page). A last start over the rebuilt index times the check alone
# and a start with nothing to re-index (sound_restart_s: process start, dictionaries, check), the rebuild's baseline.
# Prints one JSON line. Usage: scripts/measure-rebuild.sh [N=3000]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-3000}
corpus=../shared/corpus/pku_test.txt
[ -f "$corpus" ] || { echo "measure-rebuild: $corpus is absent" >&2; exit 2; }
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
dotnet build src/ArchiveSearch.Server -c Release -v q -nologo >/dev/null
server=src/ArchiveSearch.Server/bin/Release/net10.0/ArchiveSearch.Server.dll
mkdir -p "$work/inbox/gen"
cp samples/*.txt samples/*.json "$work/inbox/"
awk -v n="$n" -v out="$work/inbox/gen" '
  { sub(/\r$/, ""); if (length($0) > 0) lines[count++] = $0 }
  END {
    for (p = 0; p < n; p++) {
      file = sprintf("%s/page%05d.txt", out, p)
      first = (p * 8) % (count - 8)
      printf "%s\n\n本报讯 记者林海报道 %s\n\n", substr(lines[first], 1, 24), lines[first + 1] > file
      for (i = 2; i < 8; i++) printf "%s\n\n", lines[first + i] > file
      close(file)
    }
  }' "$corpus"
pages=$(find "$work/inbox" -name '*.txt' | wc -l)
port=$((20000 + RANDOM % 20000))

start() {
  dotnet "$server" --urls="http://127.0.0.1:$port" --Archive:InboxPath="$work/inbox" --Archive:IndexPath="$work/index" >"$work/log.$1" 2>&1 &
  pid=$!
}
until_ready() {
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "measure-rebuild: the service exited" >&2; tail -5 "$work/log.$1" >&2; exit 1; }
    sleep 0.1
  done
}
stop() { kill -TERM "$pid"; wait "$pid" || true; pid=""; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

t0=$(date +%s.%N); start build; until_ready build; t1=$(date +%s.%N)
articles=$(curl -sf "http://127.0.0.1:$port/api/stats" | grep -o '"articles":[0-9]*' | cut -d: -f2)
stop

cfs=$(ls -S "$work"/index/_*.cfs | head -1)
size=$(stat -c %s "$cfs")
index_bytes=$(du -sb "$work/index" | cut -f1)
printf '\xde\xad\xbe\xef\xde\xad\xbe\xef' | dd of="$cfs" bs=1 seek=$((size / 2)) conv=notrunc status=none

t2=$(date +%s.%N); start rebuild; until_ready rebuild; t3=$(date +%s.%N)
stats=$(curl -sf "http://127.0.0.1:$port/api/stats")
rebuilt_articles=$(echo "$stats" | grep -o '"articles":[0-9]*' | cut -d: -f2)
echo "$stats" | grep -q 'The index was damaged' || { echo "measure-rebuild: no damage warning after the rebuild" >&2; exit 1; }
stop

t4=$(date +%s.%N); start check; until_ready check; t5=$(date +%s.%N)
check_ms=$(grep -o 'passed the Fast check: [^,]*, [0-9]* ms' "$work/log.check" | grep -o '[0-9]* ms$' | cut -d' ' -f1)
stop

echo "{\"pages\":$pages,\"articles\":$articles,\"rebuilt_articles\":$rebuilt_articles,\"index_bytes\":$index_bytes,\"first_build_s\":$(seconds "$t0" "$t1"),\"rebuild_s\":$(seconds "$t2" "$t3"),\"fast_check_ms\":$check_ms,\"sound_restart_s\":$(seconds "$t4" "$t5")}"
