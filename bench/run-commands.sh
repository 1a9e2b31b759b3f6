#!/usr/bin/env bash
# NeuralIJ benchmark of the model commands (issue 4): seconds per megapixel of each bundled model on
# the CPU and each command's time against the bare forward pass of its network, Translate's tiled
# instance norm, then the peak memory of Restore Image (the U-Net on each channel) on a 4096x4096 RGB image. Writes bench/latest-commands.txt.
#   bash bench/run-commands.sh [size] [repeats] [large]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-1024}
REPEATS=${2:-3}
LARGE=${3:-4096}
source bench/setup.sh
source bin/native-memory.sh

{
  echo "# NeuralIJ command benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  echo "## Each command with its bundled model on a ${SIZE}x${SIZE} image, CPU, 2 threads, median of $REPEATS;"
  echo "## bare_s = the network's forward pass over the same plane in one piece (x3 for a gray model on RGB); ratio = command / bare (target <= 1.15)"
  $JAVA -cp "$CP" org.neuralij.bench.CommandBenchmark "$SIZE" "$REPEATS" 2>/dev/null
  echo "## Translate (CycleGAN) A_to_B, automatic tiles and forced tiles (whole-image instance-norm statistics gathered first)"
  $JAVA -cp "$CP" org.neuralij.bench.TranslateBenchmark "$SIZE" "$REPEATS" 2>/dev/null
  echo "## Peak memory on a ${LARGE}x${LARGE} RGB image, loading included (default heap limit)"
  $JAVA -cp "$CP" org.neuralij.bench.PeakMemoryRun restore "$LARGE" 2>/dev/null
} | tee bench/latest-commands.txt
