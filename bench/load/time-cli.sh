#!/usr/bin/env bash
# Times the published `metareview` command line: start-up on a small CSV (with and without ReadyToRun), the batch
# of 100,000 small analyses, and the report of the ALS example and of a synthetic 200 x 10 review. Needs only the
# .NET SDK; start-up is the median of $MR_BENCH_RUNS (20) runs timed with `date +%s%N` (hyperfine is not installed
# on the recording machine). Every timing line carries the load average
# at the time (the numbers in bench/README.md come from a shared 2-core machine).
#
#   bash bench/load/time-cli.sh [all|publish|startup|batch|report]
#
# Work files go to $MR_BENCH_TMP (default /tmp/mr-bench); nothing is written into the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
tmp=${MR_BENCH_TMP:-/tmp/mr-bench}
runs=${MR_BENCH_RUNS:-20}
fdd=/tmp/mr-publish          # framework-dependent, JIT only
r2r=/tmp/mr-publish-r2r      # linux-x64, ReadyToRun (as tools/publish.sh makes it)
mkdir -p "$tmp"

load() { cut -d' ' -f1-3 /proc/loadavg; }

# median, min and max wall time in ms of $runs runs of a command (output discarded; a failure stops the script), and
# the median CPU time (user + system, 10 ms resolution): CPU time is what load from other processes changes least
repeat() {
  local label=$1; shift
  local times=() cpus=() start end user sys
  local before; before=$(load)
  "$@" >/dev/null 2>&1   # one warm-up run (file cache)
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    /usr/bin/time -f "%U %S" -o "$tmp/cpu" "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    read -r user sys < "$tmp/cpu"
    times+=($(( (end - start) / 1000000 )))
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
  done
  median() { sort -n | awk '{ t[NR] = $1 } END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.0f %d %d\n", m, t[1], t[NR] }'; }
  read -r median min max < <(printf '%s\n' "${times[@]}" | median)
  read -r cpu _ _ < <(printf '%s\n' "${cpus[@]}" | median)
  printf '%-44s median %5s ms  min %5s  max %5s  CPU %5s ms  (%s runs; load %s -> %s)\n' "$label" "$median" "$min" "$max" "$cpu" "$runs" "$before" "$(load)"
}

# one timed run with wall, user and system time
once() {
  local label=$1; shift
  local before; before=$(load)
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" >"$tmp/once.out" 2>"$tmp/once.err" || { echo "$label: failed, see $tmp/once.err" >&2; cat "$tmp/once.err" >&2; exit 1; }
  read -r wall user sys rss < "$tmp/time"
  printf '%-48s wall %6s s  user %6s s  sys %5s s  max RSS %6s MB  (load %s -> %s)\n' "$label" "$wall" "$user" "$sys" "$((rss / 1024))" "$before" "$(load)"
  grep -h "^Report of" "$tmp/once.out" | sed 's/^/    /' || true
}

publish() {
  dotnet publish src/MetaReview.Cli -c Release -o "$fdd" -v q -nologo
  dotnet publish src/MetaReview.Cli -c Release -r linux-x64 -p:PublishReadyToRun=true -o "$r2r" -v q -nologo
}

startup() {
  local bcg=tests/MetaReview.Review.Tests/Data/dat.bcg.csv
  echo "== start-up: metareview analyze $bcg (13 BCG trials, RR, REML) and bench/load/als-alsfrs-6m.csv (3 studies, MD) =="
  repeat "analyze 13-study CSV (JIT)" "$fdd/metareview" analyze "$bcg"
  repeat "analyze 13-study CSV (ReadyToRun)" "$r2r/metareview" analyze "$bcg"
  repeat "analyze 3-study CSV (JIT)" "$fdd/metareview" analyze bench/load/als-alsfrs-6m.csv
  repeat "analyze 3-study CSV (ReadyToRun)" "$r2r/metareview" analyze bench/load/als-alsfrs-6m.csv
  repeat "--version (JIT), for the runtime's share" "$fdd/metareview" --version
  repeat "--version (ReadyToRun)" "$r2r/metareview" --version
}

batch() {
  echo "== batch: 100,000 SYNTHETIC small analyses (5-20 studies, REML + HKSJ) =="
  [ -s "$tmp/batch-yi.jsonl" ] || dotnet run bench/load/MakeBatch.cs -- "$tmp/batch-yi.jsonl" 100000
  [ -s "$tmp/batch-arms.jsonl" ] || dotnet run bench/load/MakeBatch.cs -- "$tmp/batch-arms.jsonl" 100000 --arms
  for build in "$fdd" "$r2r"; do
    once "batch yi/vi ($(basename "$build"))" "$build/metareview" analyze --batch "$tmp/batch-yi.jsonl" -o "$tmp/batch-yi.out.jsonl"
    once "batch arm data, MD ($(basename "$build"))" "$build/metareview" analyze --batch "$tmp/batch-arms.jsonl" -o "$tmp/batch-arms.out.jsonl"
  done
  echo "output lines: $(wc -l < "$tmp/batch-yi.out.jsonl") and $(wc -l < "$tmp/batch-arms.out.jsonl"); error lines: $(grep -c '"error"' "$tmp/batch-yi.out.jsonl" "$tmp/batch-arms.out.jsonl" | paste -sd' ')"
}

report() {
  echo "== report (html, md, docx, json) =="
  [ -s "$tmp/synthetic-review/review.yaml" ] || dotnet run bench/load/MakeReview.cs -- "$tmp/synthetic-review" 200 10
  for build in "$fdd" "$r2r"; do
    for i in 1 2 3; do
      once "report examples/als-exercise ($(basename "$build")) #$i" "$build/metareview" report examples/als-exercise -o "$tmp/als-report"
    done
    for i in 1 2 3; do
      once "report SYNTHETIC 200x10 ($(basename "$build")) #$i" "$build/metareview" report "$tmp/synthetic-review" -o "$tmp/synthetic-report"
    done
  done
}

echo "MetaReview CLI timings, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, .NET $(dotnet --list-runtimes | awk '/NETCore.App/ { v = $2 } END { print v }'), commit $(git -C "$repo" rev-parse --short HEAD)"
case "${1:-all}" in
  publish) publish ;;
  startup) startup ;;
  batch) batch ;;
  report) report ;;
  all) publish; startup; batch; report ;;
  *) echo "usage: bash bench/load/time-cli.sh [all|publish|startup|batch|report]" >&2; exit 2 ;;
esac
