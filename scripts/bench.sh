#!/usr/bin/env bash
# Side-by-side benchmark on the same generated articles, in one run:
#   1. `archivesearch bench`: generate PAGES pages from ../shared/corpus, index them, query in process;
#   2. the Java Lucene peer (../shared/tools/peer-java) indexes the same articles and runs the
#      plain-word queries in process, at 1 and 16 threads;
#   3. the service is started over the same index and `archivesearch bench --http` queries it; then five
#      new pages are dropped into its inbox one by one, each timed until a search finds it.
# Prints one JSON line per step. usage: scripts/bench.sh PAGES [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:?usage: scripts/bench.sh PAGES [WORKDIR]}
work=${2:-$(mktemp -d /tmp/archivesearch-bench.XXXXXX)}
peer=../shared/tools/peer-java/run.sh
port=${BENCH_PORT:-5391}
mkdir -p "$work"
# Run from a copy of the build, so rebuilding the tree meanwhile cannot touch a running benchmark.
if [ ! -d "$work/bin" ]; then
  dotnet build src/ArchiveSearch.Cli -c Release -nologo -v quiet >/dev/null
  dotnet build src/ArchiveSearch.Server -c Release -nologo -v quiet >/dev/null
  mkdir -p "$work/bin"
  cp -r src/ArchiveSearch.Cli/bin/Release/net10.0 "$work/bin/cli"
  cp -r src/ArchiveSearch.Server/bin/Release/net10.0 "$work/bin/server"
fi
cli=(dotnet "$work/bin/cli/archivesearch.dll")

echo "ours in process:"
"${cli[@]}" bench --pages "$pages" --corpus ../shared/corpus/ --keep "$work" --export-tsv "$work/articles.tsv"
if [ -x "$peer" ]; then
  echo "java index:"
  "$peer" index "$work/java" "$work/articles.tsv" smartcn
  echo "java search, 1 thread:"
  "$peer" search "$work/java" "$work/articles.queries.txt" 20 1 smartcn
  echo "java search, 16 threads:"
  "$peer" search "$work/java" "$work/articles.queries.txt" 5 16 smartcn
else
  echo "the Java peer ($peer) is absent: its figures are skipped"
fi

echo "ours over HTTP:"
dotnet "$work/bin/server/ArchiveSearch.Server.dll" --urls "http://127.0.0.1:$port" \
  --Archive:InboxPath="$work/inbox" --Archive:IndexPath="$work/index" --Archive:RescanSeconds=3600 >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for _ in $(seq 1 1200); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { echo "the service stopped; see $work/server.log"; exit 1; }
  sleep 0.5
done
"${cli[@]}" bench --http "http://127.0.0.1:$port"
echo "a new page, until searchable:"
scripts/measure-new-page.sh "http://127.0.0.1:$port" "$work/inbox" 5
echo "service memory: $(grep -E 'VmHWM|VmRSS' /proc/$server/status | tr -s ' \t\n' ' ')"
