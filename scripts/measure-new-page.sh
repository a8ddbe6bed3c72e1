#!/usr/bin/env bash
# How long a page dropped into a running service's inbox takes to become searchable.
# usage: scripts/measure-new-page.sh URL INBOX [TIMES]
# Writes TIMES new pages (default 5), one at a time, each with a word found nowhere else, and polls /api/search
# every 20 ms until it answers a hit; prints one line per page and the median.
set -euo pipefail
url=${1:?usage: scripts/measure-new-page.sh URL INBOX [TIMES]}
inbox=${2:?usage: scripts/measure-new-page.sh URL INBOX [TIMES]}
times=${3:-5}
mkdir -p "$inbox/fresh"
results=()
for i in $(seq 1 "$times"); do
  word="fresh$(date +%s%N)x$i"
  page="$inbox/fresh/$word.txt"
  start=$(date +%s%N)
  printf '新建页面测试稿件%s\n\n本报讯（记者 王晓雪）%s 今天全市各地开展了多项活动，群众参与热情很高。\n\n活动将持续到月底。\n' "$i" "$word" >"$page.tmp"
  mv "$page.tmp" "$page"
  found=""
  for _ in $(seq 1 1500); do
    if curl -fsG --data-urlencode "q=$word" "$url/api/search" | grep -q '"total":[1-9]'; then
      found=yes
      break
    fi
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ -n "$found" ] || { echo "page $i: not searchable after ${ms} ms"; exit 1; }
  echo "page $i: searchable after ${ms} ms"
  results+=("$ms")
  sleep 1
done
median=$(printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
echo "{\"new_page_searchable_ms_median\":$median,\"pages\":$times}"
