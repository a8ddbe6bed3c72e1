#!/usr/bin/env bash
# Times a restart of the service over an existing index and inbox: from process start to /health/ready, three
# times, then the memory of the last life after a round of searches. Prints one JSON line.
# usage: scripts/measure-restart.sh INBOX INDEX [SERVER_DLL]
set -euo pipefail
cd "$(dirname "$0")/.."
inbox=${1:?usage: scripts/measure-restart.sh INBOX INDEX [SERVER_DLL]}
index=${2:?usage: scripts/measure-restart.sh INBOX INDEX [SERVER_DLL]}
server=${3:-src/ArchiveSearch.Server/bin/Release/net10.0/ArchiveSearch.Server.dll}
[ -f "$server" ] || dotnet build src/ArchiveSearch.Server -c Release -v q -nologo >/dev/null
port=$((20000 + RANDOM % 20000))
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null' EXIT
times=()
for life in 1 2 3; do
  t0=$(date +%s%N)
  dotnet "$server" --urls="http://127.0.0.1:$port" --Archive:InboxPath="$inbox" --Archive:IndexPath="$index" >"/tmp/measure-restart.$life.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "measure-restart: the service exited; see /tmp/measure-restart.$life.log" >&2; exit 1; }
    sleep 0.05
  done
  times+=($(( ($(date +%s%N) - t0) / 1000000 )))
  if [ "$life" -lt 3 ]; then kill -TERM "$pid"; wait "$pid" || true; pid=""; fi
done
for q in 经济 国 人民 发展 北京 改革 香港 社会主义 技术 世纪; do
  curl -sfG --data-urlencode "q=$q" "http://127.0.0.1:$port/api/search" >/dev/null
done
rss=$(awk '/VmRSS/ {print $2 * 1024}' /proc/$pid/status)
hwm=$(awk '/VmHWM/ {print $2 * 1024}' /proc/$pid/status)
articles=$(curl -sf "http://127.0.0.1:$port/api/stats" | grep -o '"articles":[0-9]*' | head -1 | cut -d: -f2)
echo "{\"articles\":$articles,\"restart_to_ready_ms\":[${times[0]},${times[1]},${times[2]}],\"rss_bytes_after_searches\":$rss,\"peak_rss_bytes\":$hwm}"
