#!/usr/bin/env bash
# Installs what ArchiveSearch needs from Debian's packages when it is missing (with --with-browser, for the tests):
#   chromium            the browser the web page's end-to-end tests drive
#   fonts-noto-cjk      Chinese fonts, so the browser tests' screenshots show the text
# The SmartCN dictionaries come with the Lucene.Net.Analysis.SmartCn NuGet package: nothing to install.
set -euo pipefail
need=()
if [ "${1:-}" = "--with-browser" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]} (apt)" >&2
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
