package org.neuralij.image.tiling;

/**
 * A stand-in network with a known receptive field: {@code passes} 3×3 mean filters with zero
 * padding (radius = passes), optionally preceded by 2×2 average pooling and followed by
 * nearest-neighbour upsampling (so it only works on sizes that are multiples of 2, and is
 * translation-equivariant only for even shifts, like a U-Net), then upscaled by {@code scale}.
 */
final class BoxBlurNetwork implements TileNetwork {

    private final int passes;
    private final boolean pooled;
    private final int scale;
    int calls;

    BoxBlurNetwork(int passes, boolean pooled, int scale) {
        this.passes = passes;
        this.pooled = pooled;
        this.scale = scale;
    }

    @Override
    public float[] predict(float[] input, int channels, int height, int width) {
        calls++;
        if (pooled && (height % 2 != 0 || width % 2 != 0)) throw new IllegalArgumentException("odd tile " + width + "x" + height);
        float[] out = new float[channels * height * width * scale * scale];
        for (int c = 0; c < channels; c++) {
            float[] plane = new float[height * width];
            System.arraycopy(input, c * height * width, plane, 0, plane.length);
            int w = width;
            int h = height;
            if (pooled) {
                plane = pool(plane, w, h);
                w /= 2;
                h /= 2;
            }
            for (int p = 0; p < passes; p++) plane = blur(plane, w, h);
            int factor = (pooled ? 2 : 1) * scale;
            upsampleInto(plane, w, h, factor, out, c * height * width * scale * scale);
        }
        return out;
    }

    private static float[] pool(float[] plane, int w, int h) {
        float[] out = new float[(w / 2) * (h / 2)];
        for (int y = 0; y < h / 2; y++)
            for (int x = 0; x < w / 2; x++)
                out[y * (w / 2) + x] = (plane[2 * y * w + 2 * x] + plane[2 * y * w + 2 * x + 1] + plane[(2 * y + 1) * w + 2 * x] + plane[(2 * y + 1) * w + 2 * x + 1]) / 4;
        return out;
    }

    private static float[] blur(float[] plane, int w, int h) {
        float[] out = new float[plane.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float sum = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = y + dy;
                        int xx = x + dx;
                        if (yy >= 0 && yy < h && xx >= 0 && xx < w) sum += plane[yy * w + xx];
                    }
                out[y * w + x] = sum / 9;
            }
        }
        return out;
    }

    private static void upsampleInto(float[] plane, int w, int h, int factor, float[] out, int offset) {
        int outWidth = w * factor;
        for (int y = 0; y < h * factor; y++)
            for (int x = 0; x < outWidth; x++) out[offset + y * outWidth + x] = plane[(y / factor) * w + x / factor];
    }

    @Override
    public int outputChannels() {
        return 1;
    }

    @Override
    public int scale() {
        return scale;
    }
}
