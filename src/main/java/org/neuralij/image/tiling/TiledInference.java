package org.neuralij.image.tiling;

/**
 * Runs a network over an image tile by tile and blends the tiles into one output, so that
 * images of any size run within a bounded amount of memory. Output planes are
 * {@code outputChannels} arrays of {@code (scale·width)·(scale·height)} values.
 */
public final class TiledInference implements PlaneInference {

    private final TilingPlan plan;

    public TiledInference(TilingPlan plan) {
        this.plan = plan;
    }

    @Override
    public float[][] run(TileSource source, TileNetwork network, TileProgress progress) {
        int scale = plan.scale();
        int outWidth = source.width() * scale;
        float[][] output = new float[network.outputChannels()][outWidth * source.height() * scale];
        int total = plan.tileCount();
        int done = 0;
        for (int ty = 0; ty < plan.y().tileCount(); ty++) {
            for (int tx = 0; tx < plan.x().tileCount(); tx++) {
                if (progress.isCancelled()) throw new TilingCancelledException();
                runTile(source, network, tx, ty, output, outWidth);
                progress.tileDone(++done, total);
            }
        }
        normalizeByTotalWeight(output, outWidth);
        return output;
    }

    private void runTile(TileSource source, TileNetwork network, int tx, int ty, float[][] output, int outWidth) {
        int width = plan.x().windowLength(tx);
        int height = plan.y().windowLength(ty);
        float[] input = TileWindow.read(source, plan, tx, ty);
        float[] result = network.predict(input, source.channels(), height, width);
        int scale = plan.scale();
        int expected = network.outputChannels() * width * scale * height * scale;
        if (result.length != expected) {
            throw new IllegalStateException("The model returned " + result.length + " values for a " + width + "×" + height
                    + " tile, but its manifest promises " + network.outputChannels() + " channel(s) at scale " + scale
                    + " (" + expected + " values): correct output.channels / output.scale in model.json.");
        }
        accumulate(result, tx, ty, output, outWidth);
    }

    private void accumulate(float[] result, int tx, int ty, float[][] output, int outWidth) {
        int scale = plan.scale();
        float[] wx = BlendWeights.forTile(plan.x(), tx, scale, plan.halo());
        float[] wy = BlendWeights.forTile(plan.y(), ty, scale, plan.halo());
        int x0 = plan.x().windowStart(tx) * scale;
        int y0 = plan.y().windowStart(ty) * scale;
        int outHeight = output[0].length / outWidth;
        int tileWidth = wx.length;
        int tilePlane = tileWidth * wy.length;
        int colFrom = Math.max(0, -x0);
        int colTo = Math.min(tileWidth, outWidth - x0);
        for (int row = Math.max(0, -y0); row < wy.length && y0 + row < outHeight; row++) {
            if (wy[row] == 0f) continue;
            int targetRow = (y0 + row) * outWidth + x0;
            for (int c = 0; c < output.length; c++) {
                float[] target = output[c];
                int sourceRow = c * tilePlane + row * tileWidth;
                for (int col = colFrom; col < colTo; col++) {
                    float weight = wy[row] * wx[col];
                    if (weight != 0f) target[targetRow + col] += weight * result[sourceRow + col];
                }
            }
        }
    }

    private void normalizeByTotalWeight(float[][] output, int outWidth) {
        float[] totalX = BlendWeights.totals(plan.x(), plan.scale(), plan.halo());
        float[] totalY = BlendWeights.totals(plan.y(), plan.scale(), plan.halo());
        for (float[] plane : output) {
            for (int y = 0; y < totalY.length; y++) {
                int row = y * outWidth;
                for (int x = 0; x < outWidth; x++) plane[row + x] /= totalX[x] * totalY[y];
            }
        }
    }
}
