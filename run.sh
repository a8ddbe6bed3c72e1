#!/usr/bin/env bash
# Builds ArchiveSearch, indexes the sample pages in samples/ and serves search on http://127.0.0.1:5080
# (override with ARCHIVESEARCH_URL). Extra arguments go to the service, e.g.
#   ./run.sh --Archive:InboxPath=/data/pages --Archive:IndexPath=/data/index
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
url=${ARCHIVESEARCH_URL:-http://127.0.0.1:5080}
dotnet build src/ArchiveSearch.Server -c Release -nologo -v quiet
# Defaults first: later arguments (the caller's) override them.
dotnet run --project src/ArchiveSearch.Server -c Release --no-build -- --urls "$url" \
  --Archive:InboxPath="$PWD/samples" --Archive:IndexPath="$PWD/index" "$@" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' INT TERM EXIT
for _ in $(seq 1 600); do
  if curl -fs "$url/health/ready" >/dev/null 2>&1; then
    echo
    echo "ArchiveSearch is ready: $url/"
    echo "  try: curl -G --data-urlencode 'q=图书馆 夜间开放' $url/api/search"
    break
  fi
  kill -0 $server 2>/dev/null || { wait $server; exit $?; }
  sleep 0.5
done
wait $server
