#!/usr/bin/env bash
# NeuralIJ Style Transfer benchmark (issue 5): fast style with style-default, s/MP and ratio to the bare
# forward pass (target <= 1.15); optimisation-based style at 512x512, iterations/s (L-BFGS and Adam).
# Writes bench/latest-style.txt.   bash bench/run-style.sh [size] [repeats] [iterations]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/setup.sh
source bin/native-memory.sh
{
  echo "# NeuralIJ style benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  $JAVA -cp "$CP" org.neuralij.bench.StyleBenchmark "${1:-1024}" "${2:-3}" "${3:-10}" 2>/dev/null
} | tee bench/latest-style.txt
