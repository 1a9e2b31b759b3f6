package org.neuralij.task.train;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/** A folder of 8-bit images, each one bright disc of random radius and centre on a dark ground: a distribution a generator can learn on 2 cores. */
final class DiscFolder {

    static final int SIZE = 16;
    static final int DISC = 220;
    static final int GROUND = 30;
    static final double SMALLEST = 2.5;
    static final double LARGEST = 6;

    private DiscFolder() {
    }

    static Path write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            double radius = SMALLEST + (LARGEST - SMALLEST) * random.nextDouble();
            double cx = 4 + random.nextDouble() * (SIZE - 8);
            double cy = 4 + random.nextDouble() * (SIZE - 8);
            ByteProcessor plane = new ByteProcessor(SIZE, SIZE);
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) plane.set(x, y, Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radius ? DISC : GROUND);
            }
            IJ.saveAsTiff(new ImagePlus("disc", plane), folder.resolve(String.format("disc-%03d.tif", i)).toString());
        }
        return folder;
    }

    /** The radius of the disc of each plane of an 8-bit stack, from its area above the middle gray: √(area / π). */
    static double[] radii(ImagePlus stack) {
        double threshold = (DISC + GROUND) / 2.0;
        double[] radii = new double[stack.getStackSize()];
        for (int s = 1; s <= stack.getStackSize(); s++) {
            byte[] pixels = (byte[]) stack.getStack().getPixels(s);
            int area = 0;
            for (byte value : pixels) if ((value & 0xff) > threshold) area++;
            radii[s - 1] = Math.sqrt(area / Math.PI);
        }
        return radii;
    }

    /** The share of a plane's bright pixels in its largest 4-connected blob: 1 for one disc, 0 for none. */
    static double largestBlobShare(byte[] pixels) {
        double threshold = (DISC + GROUND) / 2.0;
        int[] label = new int[pixels.length];
        int[] queue = new int[pixels.length];
        int total = 0;
        int largest = 0;
        int next = 0;
        for (int start = 0; start < pixels.length; start++) {
            if ((pixels[start] & 0xff) <= threshold || label[start] != 0) continue;
            label[start] = ++next;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            while (head < tail) {
                int i = queue[head++];
                int x = i % SIZE;
                int[] neighbours = {x > 0 ? i - 1 : -1, x < SIZE - 1 ? i + 1 : -1, i - SIZE, i + SIZE};
                for (int n : neighbours) {
                    if (n >= 0 && n < pixels.length && (pixels[n] & 0xff) > threshold && label[n] == 0) {
                        label[n] = next;
                        queue[tail++] = n;
                    }
                }
            }
            total += tail;
            largest = Math.max(largest, tail);
        }
        return total == 0 ? 0 : largest / (double) total;
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    static double spread(double[] values) {
        double mean = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElse(Double.NaN));
    }
}
