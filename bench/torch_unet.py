#!/usr/bin/python3
"""Training-speed reference for Debian's python3-torch (run with /usr/bin/python3).

  torch_unet.py train SIZE BATCH STEPS   times STEPS training steps (Adam lr 1e-3, L1 loss) of the
                                         U-Net below on random BATCH x 1 x SIZE x SIZE tensors on
                                         the CPU with 2 threads, after 2 warm-up steps, and prints
                                         the median images per second

The network is NeuralIJ's UNet.builder().setInChannels(1).setOutChannels(1).optWidth(32)
.optDepth(3).optBlocksPerStage(1).optResidualOutput(true).build(), rewritten from the Java
classes org.neuralij.nn.UNet, ResidualBlock, PixelShuffle, IcnrInitializer and Convolutions.
"""
import statistics
import sys
import time

import torch
import torch.nn as nn

# Trainable parameters of the Java UNet above, as printed by
# org.neuralij.bench.TrainingThroughputBenchmark ("parameters=...").
JAVA_PARAMETERS = 4_343_361


def conv(in_channels, filters, kernel, stride=1):
    """Convolutions.conv: square kernel, padded to keep the size (divided by the stride), with bias."""
    return nn.Conv2d(in_channels, filters, kernel, stride=stride, padding=kernel // 2)


def conv_bn_relu(in_channels, filters):
    return nn.Sequential(conv(in_channels, filters, 3), nn.BatchNorm2d(filters), nn.ReLU())


def conv_relu(in_channels, filters):
    return nn.Sequential(conv(in_channels, filters, 3), nn.ReLU())


class ResidualBlock(nn.Module):
    """relu(bn(conv3x3(relu(bn(conv3x3(x))))) + shortcut(x)); the shortcut is a strided 1x1 conv when shape changes."""

    def __init__(self, in_channels, out_channels, stride):
        super().__init__()
        self.residual = nn.Sequential(conv(in_channels, out_channels, 3, stride), nn.BatchNorm2d(out_channels), nn.ReLU(),
                                      conv(out_channels, out_channels, 3), nn.BatchNorm2d(out_channels))
        same = in_channels == out_channels and stride == 1
        self.shortcut = nn.Identity() if same else conv(in_channels, out_channels, 1, stride)

    def forward(self, x):
        return torch.relu(self.residual(x) + self.shortcut(x))


def icnr_(weight, upscale):
    """IcnrInitializer: each group of upscale^2 consecutive output channels shares one Kaiming-normal kernel."""
    copies = upscale * upscale
    fan_in = weight[0].numel()
    kernels = torch.randn(weight.shape[0] // copies, *weight.shape[1:]) * (2.0 / fan_in) ** 0.5
    with torch.no_grad():
        weight.copy_(kernels.repeat_interleave(copies, dim=0))


def upsampler(in_channels, out_channels):
    up = conv(in_channels, out_channels * 4, 1)
    icnr_(up.weight, 2)
    return nn.Sequential(up, nn.ReLU(), nn.PixelShuffle(2))


class UNet(nn.Module):
    def __init__(self, in_channels=1, out_channels=1, width=32, depth=3):
        super().__init__()
        self.stem = conv_bn_relu(in_channels, width)
        self.encoder = nn.ModuleList(ResidualBlock(width << (s - 1), width << s, 2) for s in range(1, depth + 1))
        deepest = width << depth
        self.middle = nn.Sequential(conv_bn_relu(deepest, 2 * deepest), conv_bn_relu(2 * deepest, deepest))
        self.upsamplers = nn.ModuleList()
        self.fusers = nn.ModuleList()
        below = deepest
        for stage in range(depth, 0, -1):
            channels = width << (stage - 1)
            self.upsamplers.append(upsampler(below, channels))
            # the pixel-shuffled features are concatenated with the encoder activation of the same size
            self.fusers.append(nn.Sequential(conv_relu(2 * channels, channels), conv_relu(channels, channels)))
            below = channels
        self.cross = ResidualBlock(width + in_channels, width, 1)
        self.head = conv(width, out_channels, 1)

    def forward(self, image):
        skips = []
        x = self.stem(image)
        for stage in self.encoder:
            skips.append(x)
            x = stage(x)
        x = self.middle(x)
        for up, fuse, skip in zip(self.upsamplers, self.fusers, reversed(skips)):
            x = fuse(torch.cat([up(x), skip], 1))
        x = self.cross(torch.cat([x, image], 1))
        return image + self.head(x)


def train(size, batch, steps):
    torch.set_num_threads(2)
    torch.manual_seed(1)
    model = UNet().train()
    parameters = sum(p.numel() for p in model.parameters() if p.requires_grad)
    assert parameters == JAVA_PARAMETERS, "torch U-Net has %d parameters, the Java one %d" % (parameters, JAVA_PARAMETERS)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_function = nn.L1Loss()
    x = torch.rand(batch, 1, size, size)
    y = torch.rand(batch, 1, size, size)
    seconds = []
    for step in range(2 + steps):
        start = time.perf_counter()
        optimizer.zero_grad()
        loss = loss_function(model(x), y)
        loss.backward()
        optimizer.step()
        loss.item()
        if step >= 2:
            seconds.append(time.perf_counter() - start)
    print("%.3f" % (batch / statistics.median(seconds)))


if __name__ == "__main__":
    if sys.argv[1] != "train":
        sys.exit(__doc__)
    train(int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
