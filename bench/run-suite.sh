#!/usr/bin/env bash
# The test suite three times on a fresh clone of this repository's HEAD, as CI runs it (mvn -B verify):
# plain; with a CPU-heavy job beside it (a busy loop on one of the cores); with libtorch on one thread
# (-Dai.djl.pytorch.num_threads=1). Prints each run's result, wall time and the largest resident memory of
# a process of the run (GNU time's %M). The kernel verdict folder is emptied first, so the first run also
# checks this machine's kernels as a new machine would. Latest output: bench/latest-suite.txt.
#   bash bench/run-suite.sh                      # all three
#   bash bench/run-suite.sh loaded one-thread    # some of them
set -uo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
echo "# NeuralIJ test suite, $(date -u +%Y-%m-%d), $(git -C "$REPO" log --oneline -1 | cut -c1-60), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
rm -rf "$HOME/.neuralij/kernels"
modes=("$@")
[ ${#modes[@]} -gt 0 ] || modes=(plain loaded one-thread)
for mode in "${modes[@]}"; do
  rm -rf "$WORK/clone"
  git clone -q "$REPO" "$WORK/clone"
  extra=()
  busy=""
  case "$mode" in
    loaded) (while :; do :; done) & busy=$! ;;
    one-thread) extra=(-Dai.djl.pytorch.num_threads=1) ;;
    plain) ;;
    *) echo "unknown mode $mode: plain, loaded or one-thread" >&2; exit 2 ;;
  esac
  (cd "$WORK/clone" && /usr/bin/time -f "%e %M" -o "$WORK/time" mvn -B verify "${extra[@]}" > "$WORK/$mode.log" 2>&1)
  status=$?
  [ -n "$busy" ] && kill "$busy"
  read -r seconds kilobytes < <(tail -n 1 "$WORK/time")
  tests=$(grep -E "Tests run: [0-9]+, Failures" "$WORK/$mode.log" | grep -v " in " | sed 's/\[[A-Z]*\] //' | paste -sd';' -)
  awk -v m="$mode" -v r="$([ $status -eq 0 ] && echo GREEN || echo RED)" -v s="$seconds" -v k="$kilobytes" -v t="$tests" \
    'BEGIN { printf "%-11s %s  %5.1f min  max resident %.1f GB  (%s)\n", m, r, s / 60, k / 1048576, t }'
  [ $status -eq 0 ] || grep -E "FAIL|ERROR\]" "$WORK/$mode.log" | head -20
done
