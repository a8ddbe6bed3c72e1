#!/usr/bin/env bash
# Side-by-side benchmark on the same generated articles, in one run:
#   1. `archivesearch bench --profile`: generate PAGES pages from ../shared/corpus (articles of real length),
#      index them, query in process, and time each query shape's stages;
#   2. Java Lucene 4.10 with SmartCN (../shared/tools/peer-java) indexes the same articles and runs the
#      plain-word queries in process, at 1 and 16 threads;
#   3. the es-8 peer (../shared/tools/peer-java8, Lucene 8.8 as Elasticsearch 7.10 runs it, exact recall through
#      cjk_bigram subfields, best_compression, 2 indexing threads) does the same, counting every hit;
#   4. the service is started over the same index and `archivesearch bench --http` queries it; then five
#      new pages are dropped into its inbox one by one, each timed until a search finds it;
#   5. scripts/bench-summary.py prints the side-by-side ratios from the lines above.
# Prints one JSON line per step (each after a line naming it), also kept in WORKDIR/bench.out.
# A peer that is absent is skipped with a line saying so. BENCH_LENGTHS=short generates the articles of the
# earlier figures. usage: scripts/bench.sh PAGES [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:?usage: scripts/bench.sh PAGES [WORKDIR]}
work=${2:-$(mktemp -d /tmp/archivesearch-bench.XXXXXX)}
peer=../shared/tools/peer-java/run.sh
peer8=../shared/tools/peer-java8/run.sh
lengths=${BENCH_LENGTHS:-real}
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
out="$work/bench.out"
: >"$out"
# Each step's lines go to the terminal and to bench.out, which the summary reads.
say() { echo "$*" | tee -a "$out"; }
step() { "$@" | tee -a "$out"; }

say "ours in process:"
step "${cli[@]}" bench --pages "$pages" --corpus ../shared/corpus/ --lengths "$lengths" --profile --keep "$work" --export-tsv "$work/articles.tsv"
if [ -x "$peer" ]; then
  say "java index:"
  step "$peer" index "$work/java" "$work/articles.tsv" smartcn
  say "java search, 1 thread:"
  step "$peer" search "$work/java" "$work/articles.queries.txt" 20 1 smartcn
  say "java search, 16 threads:"
  step "$peer" search "$work/java" "$work/articles.queries.txt" 5 16 smartcn
else
  say "the Java 4.10 peer ($peer) is absent: its figures are skipped"
fi
if [ -x "$peer8" ]; then
  say "es-8 index:"
  step "$peer8" index "$work/es8" "$work/articles.tsv" es --codec best_compression --threads 2
  say "es-8 search, 1 thread:"
  step "$peer8" search "$work/es8" "$work/articles.queries.txt" 20 1 es --exact-count
  say "es-8 search, 16 threads:"
  step "$peer8" search "$work/es8" "$work/articles.queries.txt" 5 16 es --exact-count
else
  say "the es-8 peer ($peer8) is absent: its figures are skipped"
fi

say "ours over HTTP:"
dotnet "$work/bin/server/ArchiveSearch.Server.dll" --urls "http://127.0.0.1:$port" \
  --Archive:InboxPath="$work/inbox" --Archive:IndexPath="$work/index" --Archive:RescanSeconds=3600 >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for _ in $(seq 1 1200); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { echo "the service stopped; see $work/server.log"; exit 1; }
  sleep 0.5
done
step "${cli[@]}" bench --http "http://127.0.0.1:$port"
say "a new page, until searchable:"
step scripts/measure-new-page.sh "http://127.0.0.1:$port" "$work/inbox" 5
say "service memory:"
say "{\"service_vm_hwm_kb\":$(awk '/VmHWM/{print $2}' /proc/$server/status),\"service_vm_rss_kb\":$(awk '/VmRSS/{print $2}' /proc/$server/status)}"
say "summary:"
scripts/bench-summary.py "$out"
