#!/usr/bin/env bash
# usage: tools/es-check/run.sh TEMPLATE.json BULKDIR STRINGS.txt [text|author]
# Compiles EsCheck against the Lucene 8.8 jars that ../shared/tools/peer-java8/run.sh unpacks into
# /tmp/peer-java8-lib (never installed: liblucene8-java conflicts with the 4.10 jars), and runs it.
set -euo pipefail
L=/tmp/peer-java8-lib
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f $L/lucene-analyzers-common-8.7.0.jar ]; then
  peer="${ARCHIVESEARCH_SHARED:-$here/../../../shared}/tools/peer-java8/run.sh"
  [ -x "$peer" ] || { echo "es-check: $peer is absent and $L holds no Lucene 8 jars" >&2; exit 3; }
  # Any peer command unpacks the jars first; analysing one line is the cheapest.
  t=$(mktemp); echo 中文 > "$t"; "$peer" analyze "$t" 1 es >/dev/null; rm -f "$t"
fi
CP=$L/lucene-core-8.7.0.jar:$L/lucene-analyzers-common-8.7.0.jar
classes=/tmp/archivesearch-es-check-classes
if [ ! -f $classes/EsCheck.class ] || [ "$here/EsCheck.java" -nt $classes/EsCheck.class ]; then
  mkdir -p $classes && javac -nowarn -encoding UTF-8 -cp "$CP" -d $classes "$here/EsCheck.java"
fi
exec java -Xmx1g -cp "$CP:$classes" EsCheck "$@"
