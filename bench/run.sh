#!/usr/bin/env bash
# NeuralIJ benchmarks of the foundation (issue 2). Needs Debian's python3-torch for the
# PyTorch comparison (apt-get install python3-torch); writes bench/latest.txt.
#   bash bench/run.sh [size] [repeats]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-2048}
REPEATS=${2:-5}
source bench/setup.sh

$PY bench/torch_model.py make "$OUT/bench-dncnn"
{
  echo "# NeuralIJ benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "## Run Model on ${SIZE}x${SIZE} 32-bit, TorchScript DnCNN 8x32 (random weights), CPU, 2 threads, median of $REPEATS"
  $JAVA -cp "$CP" org.neuralij.bench.OverheadBenchmark "$OUT/bench-dncnn" "$SIZE" "$REPEATS" 2>/dev/null | tee "$OUT/java.txt"
  PYTORCH=$($PY bench/torch_model.py time "$OUT/bench-dncnn" "$SIZE" "$REPEATS")
  OURS=$(sed -n 's/.*run_model_seconds=\([0-9.]*\).*/\1/p' "$OUT/java.txt")
  BARE=$(sed -n 's/.*bare_forward_seconds=\([0-9.]*\).*/\1/p' "$OUT/java.txt")
  echo "pytorch_python_seconds=$PYTORCH ($($PY -c 'import torch; print("torch", torch.__version__)'))"
  $PY -c "print('run_model / pytorch_python = %.3f   (target <= 1.1)' % ($OURS / $PYTORCH))"
  $PY -c "print('bare_djl / pytorch_python  = %.3f' % ($BARE / $PYTORCH))"
  $PY -c "print('run_model / bare_djl       = %.3f   (target <= 1.15)' % ($OURS / $BARE))"
  echo "## Peak heap, 8000x8000 32-bit through the tiny-unet fixture, -Xmx2g"
  $JAVA -Xmx2g -cp "$CP" org.neuralij.task.LargeImageRun src/test/resources/fixtures/tiny-unet 8000 8000 2>/dev/null | tee "$OUT/large.txt"
  PEAK=$(sed -n 's/.*PEAK_HEAP_BYTES=\([0-9]*\).*/\1/p' "$OUT/large.txt")
  IMAGES=$(sed -n 's/.*IMAGE_BYTES=\([0-9]*\).*/\1/p' "$OUT/large.txt")
  $PY -c "print('peak_heap / (input + output) = %.2f   (target <= 3)' % ($PEAK / $IMAGES))"
} | tee bench/latest.txt
