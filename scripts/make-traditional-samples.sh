#!/usr/bin/env bash
# Regenerates tests/ArchiveSearch.Index.Tests/TraditionalPages/: every page of samples/ converted to traditional
# characters by OpenCC (opencc -c s2t, Debian package opencc), with its metadata sidecar. The exact-recall tests
# search them in simplified characters and the samples in traditional ones.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v opencc >/dev/null || { echo "make-traditional-samples: needs Debian's opencc (apt-get install opencc)" >&2; exit 1; }
out=tests/ArchiveSearch.Index.Tests/TraditionalPages
rm -f "$out"/*.txt "$out"/*.json
for page in samples/*.txt; do
  name=$(basename "$page")
  opencc -c s2t -i "$page" -o "$out/$name"
  [ -f "${page%.txt}.json" ] && cp "${page%.txt}.json" "$out/"
done
echo "converted $(ls "$out"/*.txt | wc -l) pages into $out" >&2
