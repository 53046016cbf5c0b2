#!/usr/bin/env bash
# Lists every disagreement between zhnlp and the OpenCC command-line tool on the seed articles:
#   s2t on the simplified seeds (000, 002, 003, 004); t2s on seed 001 and on zhnlp's s2t output of the others.
# Each disagreement is shown with 6 characters of context on each side, grouped by (direction, source text,
# zhnlp output, OpenCC output) with counts, most frequent first.
#
# Usage: bench/opencc-diff.sh [OUT_FILE] [SUMMARY_MD]
#   OUT_FILE    full grouped list (default /tmp/zhnlp-opencc-diff/disagreements.txt)
#   SUMMARY_MD  Markdown table of the 30 most frequent kinds (default /tmp/zhnlp-opencc-diff/summary.md)
# Environment: OPENCC (default /usr/bin/opencc). Needs bench/target/benchmarks.jar; build it with
#   ./mvnw -q -B -pl bench -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip -Dforbiddenapis.skip
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
jar="$root/bench/target/benchmarks.jar"
work=/tmp/zhnlp-opencc-diff
out=${1:-$work/disagreements.txt}
summary=${2:-$work/summary.md}
opencc=${OPENCC:-/usr/bin/opencc}
[ -f "$jar" ] || { echo "missing $jar: build the bench module first (see the header of $0)" >&2; exit 2; }
command -v "$opencc" >/dev/null || { echo "no OpenCC at $opencc (apt-get install opencc)" >&2; exit 2; }
mkdir -p "$work"
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')
echo "# zhnlp commit: $commit" >&2
java -cp "$jar" dev.zhnlp.bench.OpenCCDiff --opencc "$opencc" --seeds "$root/seeds" --work "$work" \
  --out "$out" --summary "$summary" --commit "$commit" > "$work/stdout.txt"
cat "$work/stdout.txt"
echo >&2
echo "full list: $out" >&2
echo "summary:   $summary" >&2
tail -n 1 "$work/stdout.txt" >&2
