#!/usr/bin/env bash
# Correctness figures of issue 19, each command in a fresh JVM through bin/imagej -batch:
#  - NaN events in RUNS small trainings (bench/correctness-training.ijm: task=restore on 25 crops of astronaut.png);
#  - empty results in RUNS runs of macros/inpaint.ijm (mean inside the filled oval 0) and macros/colorize.ijm
#    (colourfulness 0).
# Usage: bash bench/run-correctness.sh [runs (default 50)] [project to test (default: this one; give an older
# checkout, built with mvn package, to measure it the same way)]. Latest output: bench/latest-correctness.txt.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
RUNS="${1:-50}"
PROJECT="$(cd "${2:-$HERE/..}" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$PROJECT"
echo "project: $PROJECT ($(git -C "$PROJECT" log --oneline -1 2>/dev/null || echo 'not a git checkout'))"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), family $(grep -m1 'cpu family' /proc/cpuinfo | cut -d: -f2 | xargs); runs: $RUNS"

nan_runs=0; nan_events=0; stopped=0; trained=0
for i in $(seq 1 "$RUNS"); do
  log="$WORK/train-$i.log"
  NEURALIJ_JAVA_OPTS="-Dneuralij.models.dir=$WORK/models-$i" timeout 600 "$PROJECT/bin/imagej" -batch "$HERE/correctness-training.ijm" "$WORK/crops|restore-$i" > "$log" 2>&1
  events=$(grep -c "became NaN or infinite" "$log")
  if [ "$events" -gt 0 ]; then nan_runs=$((nan_runs + 1)); nan_events=$((nan_events + events)); fi
  if grep -q "correctness-training done" "$log" && ! grep -q "Train Model:" "$log"; then trained=$((trained + 1)); else stopped=$((stopped + 1)); fi
  rm -rf "$WORK/models-$i"
done
echo "small trainings: $RUNS; trainings that met a NaN loss: $nan_runs; NaN events: $nan_events; finished: $trained; stopped by a failure: $stopped"

count_empty() {
  local macro="$1" pattern="$2" empty=0 failed=0
  for i in $(seq 1 "$RUNS"); do
    log="$WORK/$(basename "$macro")-$i.log"
    timeout 300 "$PROJECT/bin/imagej" -batch "$macro" > "$log" 2>&1
    if ! grep -q "$pattern" "$log"; then failed=$((failed + 1));
    elif grep "$pattern" "$log" | grep -qE "$pattern 0\.0( |$)"; then empty=$((empty + 1)); fi
  done
  echo "$(basename "$macro"): $RUNS runs, empty results: $empty, runs without a result line: $failed"
}
count_empty macros/inpaint.ijm "mean inside the oval:"
count_empty macros/colorize.ijm "colourfulness"
