#!/usr/bin/env bash
# Whole-process comparison of `zhnlp convert` (java -jar cli/target/zhnlp.jar) with the OpenCC command-line tool:
# JVM start-up, dictionary loading, reading, converting and writing a large file, s2t and t2s.
#
# Inputs (built in $WORK, default /tmp/zhnlp-compare, reused when built from the same seed unit):
#   simplified.txt   the simplified seeds (000, 002, 003, 004) concatenated and repeated to >= SIZE_MB MB
#   traditional.txt  zhnlp's s2t output of those seeds plus seed 001 (traditional), repeated to >= SIZE_MB MB
# (the same construction as the JMH corpus, dev.zhnlp.bench.Corpus, only larger).
#
# Every command runs once untimed (warms the page cache), then RUNS times under /usr/bin/time (wall time and
# peak RSS). Prints the median and min wall time, MB/s at the median (MB = 10^6 bytes of UTF-8 input), the median
# peak RSS, and the ratio zhnlp time / OpenCC time; also checks that the two outputs have the same size in lines
# and counts the lines on which they differ.
#
# Usage: bench/compare-opencc.sh            Environment: RUNS (5), SIZE_MB (50), WORK, OPENCC (/usr/bin/opencc),
#                                           JAVA (java), ZHNLP_JAVA_OPTS (extra JVM options, default none)
# Needs cli/target/zhnlp.jar:
#   ./mvnw -q -B -pl cli -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip -Dforbiddenapis.skip
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd -P)
jar="$root/cli/target/zhnlp.jar"
runs=${RUNS:-5}
size_mb=${SIZE_MB:-50}
work=${WORK:-/tmp/zhnlp-compare}
opencc=${OPENCC:-/usr/bin/opencc}
java=${JAVA:-java}
# shellcheck disable=SC2206
jopts=(${ZHNLP_JAVA_OPTS:-})
[ -f "$jar" ] || { echo "missing $jar: build the cli module first (see the header of $0)" >&2; exit 2; }
[ -x "$opencc" ] || { echo "no OpenCC at $opencc" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"
min_bytes=$((size_mb * 1000000))

# ---- inputs ---------------------------------------------------------------------------------------------------
unit_s="$work/unit.simplified.txt"
unit_t="$work/unit.traditional.txt"
: > "$unit_s"
: > "$unit_t"
for f in "$root"/seeds/*.txt; do
  case $(basename "$f") in
    001*) ;;
    *) sed -e '$a\' "$f" >> "$unit_s" ;;   # append the file, adding a final newline if it lacks one
  esac
done
"$java" -jar "$jar" convert -c s2t -o "$work/unit.s2t.txt" "$unit_s"
cat "$work/unit.s2t.txt" > "$unit_t"
for f in "$root"/seeds/001*.txt; do sed -e '$a\' "$f" >> "$unit_t"; done

repeat() { # unit target
  local unit=$1 target=$2 ub times
  ub=$(stat -c %s "$unit")
  times=$(( (min_bytes + ub - 1) / ub ))
  local stamp
  stamp="$(sha256sum < "$unit" | cut -d' ' -f1) x$times"
  # Reuse the big file only when it was built from the same unit (the t2s unit depends on zhnlp's s2t output).
  if [ -f "$target" ] && [ "$(cat "$target.stamp" 2>/dev/null)" = "$stamp" ]; then return; fi
  : > "$target.tmp"
  for ((i = 0; i < times; i++)); do cat "$unit"; done >> "$target.tmp"
  mv "$target.tmp" "$target"
  echo "$stamp" > "$target.stamp"
}
repeat "$unit_s" "$work/simplified.txt"
repeat "$unit_t" "$work/traditional.txt"

# ---- timing ---------------------------------------------------------------------------------------------------
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }
minimum() { sort -n | head -n 1; }

# measure LABEL OUT_FILE cmd...   -> prints "median_s min_s median_rss_kb" and leaves per-run lines in $work
measure() {
  local label=$1 log="$work/times.$1.txt"
  shift
  "$@" > /dev/null 2>&1        # untimed warm-up run
  : > "$log"
  for ((r = 0; r < runs; r++)); do
    /usr/bin/time -f '%e %M' -a -o "$log" "$@" > /dev/null
  done
  local med mn rss
  med=$(awk '{print $1}' "$log" | median)
  mn=$(awk '{print $1}' "$log" | minimum)
  rss=$(awk '{print $2}' "$log" | median)
  echo "$med $mn $rss"
}

echo "zhnlp commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "OpenCC: $("$opencc" --version 2>&1 | grep -i version | head -n 1) ($(dpkg-query -W -f '${Version}' opencc 2>/dev/null || echo '?'))"
echo "Java: $("$java" -version 2>&1 | head -n 1)   JVM options: ${jopts[*]:-(none)}"
echo "nproc: $(nproc)   load average before: $(cut -d' ' -f1-3 /proc/loadavg)   runs: $runs"
echo
printf '| dir | tool | input MB | median s | min s | MB/s (median) | peak RSS MB | time vs opencc |\n'
printf '|---|---|---:|---:|---:|---:|---:|---:|\n'
for dir in s2t t2s; do
  if [ $dir = s2t ]; then in="$work/simplified.txt"; else in="$work/traditional.txt"; fi
  mb=$(awk -v b="$(stat -c %s "$in")" 'BEGIN {printf "%.2f", b / 1e6}')
  read -r o_med o_min o_rss < <(measure "opencc.$dir" "$opencc" -c "$dir" -i "$in" -o "$work/out.$dir.opencc.txt")
  read -r z_med z_min z_rss < <(measure "zhnlp.$dir" "$java" "${jopts[@]}" -jar "$jar" convert -c "$dir" \
    -o "$work/out.$dir.zhnlp.txt" "$in")
  for tool in zhnlp opencc; do
    if [ $tool = zhnlp ]; then med=$z_med mn=$z_min rss=$z_rss; else med=$o_med mn=$o_min rss=$o_rss; fi
    awk -v d=$dir -v t=$tool -v mb="$mb" -v med="$med" -v mn="$mn" -v rss="$rss" -v omed="$o_med" 'BEGIN {
      printf "| %s | %s | %.2f | %.2f | %.2f | %.1f | %.0f | %.2fx |\n", d, t, mb, med, mn, mb / med, rss / 1024, med / omed }'
  done
  zl=$(wc -l < "$work/out.$dir.zhnlp.txt"); ol=$(wc -l < "$work/out.$dir.opencc.txt")
  nd=$(cmp -s "$work/out.$dir.zhnlp.txt" "$work/out.$dir.opencc.txt" && echo 0 || \
    diff "$work/out.$dir.zhnlp.txt" "$work/out.$dir.opencc.txt" | grep -c '^<' || true)
  echo "  ($dir check: zhnlp $zl lines, opencc $ol lines, $nd lines differ; per-run times in $work/times.*.$dir.txt)" >&2
done
echo
echo "time vs opencc = median wall time / OpenCC's median wall time (lower is better; 1.00x = same)."
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
