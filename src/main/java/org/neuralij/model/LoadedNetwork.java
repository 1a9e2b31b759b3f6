package org.neuralij.model;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.neuralij.image.tiling.NetworkGeometry;
import org.neuralij.image.tiling.TileNetwork;
import org.neuralij.nn.UNet;

/** A model's network in memory on its device, ready to run on tiles. Close it to free the native memory. */
public final class LoadedNetwork implements TileNetwork, AutoCloseable {

    private final Model model;
    private final ModelManifest manifest;
    private final DeviceChoice device;

    LoadedNetwork(Model model, ModelManifest manifest, DeviceChoice device) {
        this.model = model;
        this.manifest = manifest;
        this.device = device;
    }

    public ModelManifest manifest() {
        return manifest;
    }

    public DeviceChoice device() {
        return device;
    }

    public Block block() {
        return model.getBlock();
    }

    @Override
    public int largestTile() {
        return model.getBlock() instanceof UNet unet ? unet.largestTile() : Integer.MAX_VALUE;
    }

    public NDManager manager() {
        return model.getNDManager();
    }

    public NetworkGeometry geometry() {
        ModelManifest.InputSpec input = manifest.input();
        return new NetworkGeometry(input.sizeMultiple(), input.minSize(), input.halo(), manifest.output().scale());
    }

    @Override
    public int outputChannels() {
        return manifest.output().channels();
    }

    @Override
    public int scale() {
        return manifest.output().scale();
    }

    @Override
    public float[] predict(float[] input, int channels, int height, int width) {
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDArray batch = scope.create(input, new Shape(1, channels, height, width));
            NDList output = model.getBlock().forward(new ParameterStore(scope, false), new NDList(batch), false);
            return output.head().toFloatArray();
        } catch (RuntimeException engineFailure) {
            throw new ModelExecutionException("The model '" + manifest.name() + "' failed inside PyTorch on a tile of "
                    + channels + "×" + height + "×" + width + " (channels×height×width): " + firstLine(engineFailure)
                    + ". Check that the model takes " + channels + " channel(s) of that size, or try another tile=.", engineFailure);
        }
    }

    /** The engine's own words: TorchScript puts the raised error on a line of its traceback, after a generic first line. */
    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String[] lines = message.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].matches("\\s*[\\w.]*(Error|Exception): .*")) return lines[i].trim();
        }
        return lines[0].trim();
    }

    @Override
    public void close() {
        model.close();
    }
}
