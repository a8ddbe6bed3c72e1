#!/usr/bin/env bash
# Runs every test of ArchiveSearch. Installs what the tests need first (apt, NuGet restore).
set -uo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --with-browser || exit 1
out=$(mktemp)
dotnet test ArchiveSearch.sln -c Release 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
# One closing line over all test projects.
awk '/(Passed|Failed)! +- +Failed: /{gsub(",","");for(i=1;i<=NF;i++){if($i=="Failed:")f+=$(i+1);if($i=="Passed:")p+=$(i+1);if($i=="Skipped:")s+=$(i+1)}} END{printf "%d passed, %d failed, %d skipped\n",p,f,s}' "$out"
rm -f "$out"
exit $status
