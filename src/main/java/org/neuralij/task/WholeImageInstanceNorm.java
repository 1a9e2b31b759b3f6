package org.neuralij.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.neuralij.image.tiling.AxisTiling;
import org.neuralij.image.tiling.PlaneInference;
import org.neuralij.image.tiling.TileNetwork;
import org.neuralij.image.tiling.TileProgress;
import org.neuralij.image.tiling.TileSource;
import org.neuralij.image.tiling.TileWindow;
import org.neuralij.image.tiling.TiledInference;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.image.tiling.TilingPlan;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.nn.InstanceNorm2d;

import java.util.List;
import java.util.function.Function;

/**
 * Tiled inference for networks with instance norm (CycleGAN's and style transfer's generators), whose every
 * layer normalises with the mean and variance of the whole image: tiles that each used their own statistics
 * would disagree where they meet. An image that fits one tile is run as it is. Otherwise the statistics of the
 * whole plane are gathered first, layer by layer: pass k runs every tile up to the k-th instance norm (the
 * earlier ones already fixed to the whole plane's statistics), which adds its input over the tile's core —
 * where the tile's margin of at least the receptive field makes the values those of the whole image — to running
 * moments and ends the pass. The last pass runs the tiles through the network with every layer fixed, so the
 * network is a plain convolutional one and the tiles agree with the whole-image run. The gathering passes cost
 * about half a forward pass each per instance-norm layer (they stop early), so a many-tile image costs several
 * times a one-tile image of the same size.
 */
public final class WholeImageInstanceNorm implements PlaneInference {

    private final TilingPlan plan;
    private final Block block;
    private final NDManager manager;
    private final List<InstanceNorm2d> layers;

    public WholeImageInstanceNorm(TilingPlan plan, Block block, NDManager manager) {
        this.plan = plan;
        this.block = block;
        this.manager = manager;
        this.layers = InstanceNorm2d.layersOf(block);
    }

    /** For {@link RunModelTask#withInference}. */
    public static Function<TilingPlan, PlaneInference> of(LoadedNetwork network) {
        return plan -> new WholeImageInstanceNorm(plan, network.block(), network.manager());
    }

    @Override
    public float[][] run(TileSource source, TileNetwork network, TileProgress progress) {
        TiledInference tiles = new TiledInference(plan);
        if (plan.tileCount() == 1 || layers.isEmpty()) return tiles.run(source, network, progress);
        int passes = layers.size() + 1;
        try {
            for (int k = 0; k < layers.size(); k++) {
                ChannelMoments moments = gather(source, k, progress, passes);
                float[] mean = moments.mean();
                float[] variance = moments.variance();
                layers.get(k).useStatistics(input -> new NDList(input.getManager().create(mean), input.getManager().create(variance)));
            }
            return tiles.run(source, network, lastPass(progress, passes));
        } finally {
            for (InstanceNorm2d layer : layers) layer.useStatistics(null);
        }
    }

    /** Pass {@code k}: the moments of layer k's input over the whole plane. */
    private ChannelMoments gather(TileSource source, int k, TileProgress progress, int passes) {
        ChannelMoments moments = new ChannelMoments();
        int total = plan.tileCount();
        int done = 0;
        for (int ty = 0; ty < plan.y().tileCount(); ty++) {
            for (int tx = 0; tx < plan.x().tileCount(); tx++) {
                if (progress.isCancelled()) throw new TilingCancelledException();
                int x = tx;
                int y = ty;
                layers.get(k).useStatistics(input -> {
                    addCore(input, x, y, moments);
                    throw new Gathered();
                });
                forward(TileWindow.read(source, plan, tx, ty), source.channels(), plan.y().windowLength(ty), plan.x().windowLength(tx));
                progress.tileDone(k * total + ++done, passes * total);
            }
        }
        return moments;
    }

    private void forward(float[] window, int channels, int height, int width) {
        try (NDManager scope = manager.newSubManager()) {
            block.forward(new ParameterStore(scope, false), new NDList(scope.create(window, new Shape(1, channels, height, width))), false);
            throw new IllegalStateException("The network ended before its instance norm layers had all been met");
        } catch (Gathered expected) {
            // the layer has what it needed
        }
    }

    /** Adds the values of {@code input} (1, C, h, w: one layer's input for tile tx, ty) that lie in the tile's core. */
    private void addCore(NDArray input, int tx, int ty, ChannelMoments moments) {
        Shape shape = input.getShape();
        int channels = (int) shape.get(1);
        long[] rows = coreAtLayer(plan.y(), ty, shape.get(2));
        long[] columns = coreAtLayer(plan.x(), tx, shape.get(3));
        NDArray core = input.get(new NDIndex(":, :, {}:{}, {}:{}", rows[0], rows[1], columns[0], columns[1])).reshape(channels, -1);
        NDArray mean = core.mean(new int[] {1});
        NDArray squaredDeviations = core.sub(mean.reshape(channels, 1)).square().sum(new int[] {1});
        moments.add(mean.toFloatArray(), squaredDeviations.toFloatArray(), core.getShape().get(1));
    }

    /**
     * The tile's core along one axis at a layer of {@code length} values (the window scaled by the layer's stride). The
     * last tile keeps the padding up to its window's end, which the one-tile run normalises too.
     */
    private static long[] coreAtLayer(AxisTiling axis, int tile, long length) {
        int window = axis.windowLength(tile);
        long from = (long) (axis.coreStart(tile) - axis.windowStart(tile)) * length / window;
        long to = tile == axis.tileCount() - 1 ? length : (long) (axis.coreEnd(tile) - axis.windowStart(tile)) * length / window;
        return new long[] {from, to};
    }

    private static TileProgress lastPass(TileProgress progress, int passes) {
        return new TileProgress() {
            @Override
            public void tileDone(int done, int total) {
                progress.tileDone((passes - 1) * total + done, passes * total);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    /** Ends a gathering pass at the layer that gathers. */
    private static final class Gathered extends RuntimeException {
        Gathered() {
            super(null, null, false, false);
        }
    }
}
