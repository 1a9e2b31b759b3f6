#!/usr/bin/env bash
# NeuralIJ training benchmarks: U-Net training speed against PyTorch, then a short denoising
# training through Train Model measured on held-out images. Needs Debian's python3-torch
# (apt-get install python3-torch); writes bench/latest-training.txt.
#   bash bench/run-training.sh [size] [batch] [steps]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-128}
BATCH=${2:-8}
STEPS=${3:-10}
source bench/setup.sh

{
  echo "# NeuralIJ training benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  echo "## U-Net (width 32, depth 3, residual output) training, ${BATCH}x1x${SIZE}x${SIZE}, Adam + L1, CPU, 2 threads, median of $STEPS steps"
  echo "# java as bin/imagej starts it (glibc malloc settings of bin/native-memory.sh):"
  (source bin/native-memory.sh && $JAVA -cp "$CP" org.neuralij.bench.TrainingThroughputBenchmark "$SIZE" "$BATCH" "$STEPS" 2>/dev/null) | tee "$OUT/training-java.txt"
  echo "# java with glibc's default malloc settings (e.g. inside a Fiji started without them):"
  env -u MALLOC_ARENA_MAX -u MALLOC_MMAP_THRESHOLD_ -u MALLOC_TRIM_THRESHOLD_ $JAVA -cp "$CP" org.neuralij.bench.TrainingThroughputBenchmark "$SIZE" "$BATCH" "$STEPS" 2>/dev/null | tee "$OUT/training-java-default.txt"
  PYTORCH=$(env -u MALLOC_ARENA_MAX -u MALLOC_MMAP_THRESHOLD_ -u MALLOC_TRIM_THRESHOLD_ $PY bench/torch_unet.py train "$SIZE" "$BATCH" "$STEPS")
  OURS=$(sed -n 's/.*java_images_per_second=\([0-9.]*\).*/\1/p' "$OUT/training-java.txt")
  DEFAULT=$(sed -n 's/.*java_images_per_second=\([0-9.]*\).*/\1/p' "$OUT/training-java-default.txt")
  echo "pytorch_images_per_second=$PYTORCH ($($PY -c 'import torch; print("torch", torch.__version__)'), glibc defaults, as Python users run it)"
  $PY -c "print('ours / pytorch = %.3f   (target >= 0.8); with default malloc settings %.3f' % ($OURS / $PYTORCH, $DEFAULT / $PYTORCH))"
  echo "## Learning check: Train Model, architecture unet, held-out camera.png and cell.png"
  START=$(date +%s)
  $JAVA -cp "$CP" org.neuralij.bench.DenoisingLearningCheck 2>/dev/null
  echo "learning_check_seconds=$(( $(date +%s) - START ))"
} | tee bench/latest-training.txt
