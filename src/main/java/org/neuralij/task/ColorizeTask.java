package org.neuralij.task;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import org.neuralij.image.ColorDifference;
import org.neuralij.image.tiling.TileNetwork;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.OutputKind;
import org.neuralij.task.keys.Key;

/**
 * Colorize...: gray in, RGB out. A colorize model predicts the colour differences R−G and B−G
 * (output kind {@code chroma}) from the gray levels; the colour is rebuilt on the input's own
 * luminance with ImageJ's current RGB weights, so converting the result back to gray gives the
 * input again (up to rounding). 16- and 32-bit images are first mapped to 0..255 through their
 * display range, as Image › Type › 8-bit does. Stacks and hyperstacks are coloured plane by plane
 * with one progress bar; a cancel leaves no result; the input is never changed.
 */
public final class ColorizeTask implements ModelTask<ImagePlus> {

    public static final String DEFAULT_MODEL = "colorize";
    public static final Key<String> MODEL = Key.model(DEFAULT_MODEL);
    public static final ImageCommand<ImagePlus> COMMAND = new ImageCommand<>("Colorize", RunModel.keys(MODEL), MODEL, ModelRequirement.tasks(ModelKind.COLORIZE),
            (input, values, context) -> new RunModel(context.registry()).run(input, values.get(MODEL), values.get(CommonKeys.DEVICE), context.progress(),
                    new ColorizeTask(CommonKeys.tiling(values), context.progress())));
    private final TilingOptions tiling;
    private final TaskProgress progress;

    public ColorizeTask(TilingOptions tiling, TaskProgress progress) {
        this.tiling = tiling;
        this.progress = progress;
    }

    @Override
    public void check(ModelManifest manifest, ImagePlus input, ModelRegistry registry) {
        refuseUnfit(manifest, input);
    }

    private static void refuseUnfit(ModelManifest manifest, ImagePlus input) {
        if (input.getType() == ImagePlus.COLOR_RGB || input.getType() == ImagePlus.COLOR_256) {
            throw new IllegalArgumentException("'" + input.getTitle() + "' is already a colour image: Colorize... colours a grayscale (8-, 16- or 32-bit) image. "
                    + "To recolour it, convert it with Image › Type › 8-bit first.");
        }
        if (input.getNChannels() > 1) {
            throw new IllegalArgumentException("'" + input.getTitle() + "' has " + input.getNChannels() + " channels: Colorize... colours one gray channel. "
                    + "Split them with Image › Color › Split Channels and colorize one.");
        }
        if (!colorizes(manifest)) {
            throw new IllegalArgumentException("The model '" + manifest.name() + "' is not a colorize model (task " + manifest.task() + ", output "
                    + manifest.output().kind().key() + "): use model=colorize, or a model trained with Train Model... task=colorize.");
        }
    }

    /** A colorize model: one gray channel in, the two colour differences out ({@code chroma}), same size. */
    public static boolean colorizes(ModelManifest manifest) {
        ModelManifest.OutputSpec output = manifest.output();
        return output.kind() == OutputKind.CHROMA && output.channels() == 2 && manifest.input().channels() == 1 && output.scale() == 1;
    }

    @Override
    public ImagePlus apply(LoadedNetwork network, ImagePlus input) {
        return colorize(network.manifest(), network, input);
    }

    public ImagePlus colorize(ModelManifest manifest, TileNetwork network, ImagePlus input) {
        InputCheck.check(input);
        refuseUnfit(manifest, input);
        ImagePlus gray = eightBit(input);
        ImagePlus chroma = new RunModelTask(manifest, network, tiling, progress).run(gray);
        progress.status("Colouring " + input.getTitle() + "…");
        ColorDifference colours = ColorDifference.imageJ();
        ImageStack grayPlanes = gray.getStack();
        ImageStack chromaPlanes = chroma.getStack();
        ImageStack result = new ImageStack(input.getWidth(), input.getHeight());
        for (int plane = 1; plane <= grayPlanes.getSize(); plane++) {
            result.addSlice(grayPlanes.getSliceLabel(plane), colour(colours, grayPlanes.getProcessor(plane),
                    (float[]) chromaPlanes.getPixels(2 * plane - 1), (float[]) chromaPlanes.getPixels(2 * plane)));
        }
        ImagePlus colored = new ImagePlus(chroma.getTitle(), result);
        colored.setDimensions(1, input.getNSlices(), input.getNFrames());
        if (input.isHyperStack()) colored.setOpenAsHyperStack(true);
        Calibration calibration = input.getCalibration().copy();
        calibration.disableDensityCalibration();
        colored.setCalibration(calibration);
        return colored;
    }

    private static ColorProcessor colour(ColorDifference colours, ImageProcessor gray, float[] redMinusGreen, float[] blueMinusGreen) {
        int[] rgb = new int[redMinusGreen.length];
        for (int i = 0; i < rgb.length; i++) rgb[i] = colours.rgb(gray.get(i), 255 * redMinusGreen[i], 255 * blueMinusGreen[i]);
        return new ColorProcessor(gray.getWidth(), gray.getHeight(), rgb);
    }

    /** The gray levels the colour is built on: an 8-bit input as it is, other depths through their display range (a new image). */
    private static ImagePlus eightBit(ImagePlus input) {
        if (input.getBitDepth() == 8) return input;
        ImageStack stack = input.getStack();
        ImageStack bytes = new ImageStack(input.getWidth(), input.getHeight());
        for (int plane = 1; plane <= stack.getSize(); plane++) {
            ImageProcessor ip = stack.getProcessor(plane).duplicate();
            ip.resetMinAndMax();
            ip.setMinAndMax(input.getDisplayRangeMin(), input.getDisplayRangeMax());
            bytes.addSlice(stack.getSliceLabel(plane), ip.convertToByteProcessor(true));
        }
        ImagePlus gray = new ImagePlus(input.getTitle(), bytes);
        gray.setDimensions(1, input.getNSlices(), input.getNFrames());
        return gray;
    }
}
