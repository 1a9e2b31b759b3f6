#!/usr/bin/python3
"""Benchmark helper for Debian's python3-torch (run with /usr/bin/python3).

  torch_model.py make FOLDER            writes a TorchScript DnCNN (8 layers, 32 channels, the
                                        shape of the shipped denoise-gray) with random weights
                                        and its model.json into FOLDER
  torch_model.py time FOLDER SIZE N     times N forward passes over a SIZE x SIZE image on the
                                        CPU with 2 threads and prints the median in seconds
"""
import hashlib
import json
import os
import sys
import time

import torch
import torch.nn as nn


class DnCnn(nn.Module):
    def __init__(self, depth=8, width=32):
        super().__init__()
        layers = [nn.Conv2d(1, width, 3, padding=1), nn.ReLU()]
        for _ in range(depth - 2):
            layers += [nn.Conv2d(width, width, 3, padding=1), nn.ReLU()]
        layers.append(nn.Conv2d(width, 1, 3, padding=1))
        self.noise = nn.Sequential(*layers)

    def forward(self, x):
        return x - self.noise(x)


def make(folder):
    os.makedirs(folder, exist_ok=True)
    torch.manual_seed(1)
    weights = os.path.join(folder, "dncnn.pt")
    torch.jit.script(DnCnn().eval()).save(weights)
    digest = hashlib.sha256(open(weights, "rb").read()).hexdigest()
    manifest = {
        "format": 1, "name": "bench-dncnn", "task": "run", "version": "1",
        "architecture": {"type": "torchscript"},
        "weights": {"file": "dncnn.pt", "sha256": digest},
        "input": {"channels": 1, "normalization": {"method": "percentile", "low": 1, "high": 99.8}, "halo": 8},
        "output": {"channels": 1, "kind": "image"},
    }
    json.dump(manifest, open(os.path.join(folder, "model.json"), "w"), indent=2)


def time_forward(folder, size, repeats):
    torch.set_num_threads(2)
    model = torch.jit.load(os.path.join(folder, "dncnn.pt")).eval()
    x = torch.rand(1, 1, size, size)
    times = []
    with torch.inference_mode():
        model(x[:, :, :64, :64])
        for _ in range(repeats):
            start = time.perf_counter()
            model(x)
            times.append(time.perf_counter() - start)
    times.sort()
    print("%.4f" % times[len(times) // 2])


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2])
    else:
        time_forward(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
