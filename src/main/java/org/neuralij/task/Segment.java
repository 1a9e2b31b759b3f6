package org.neuralij.task;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ShortProcessor;
import org.neuralij.image.DistinctColors;
import org.neuralij.image.tiling.TileNetwork;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.OutputKind;
import org.neuralij.task.keys.Key;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Segment capability: a segmentation model's class scores for every pixel (Run Model's
 * tiling and normalisation), then, plane by plane, either the class probabilities (softmax of
 * the scores; a model whose output kind is {@code probabilities} already gives them), or a
 * 16-bit image of separated objects ({@link ObjectSeparation}, labels from 1 in each plane,
 * distinct-colour LUT), or those objects as ROIs with their measurements. The input is never
 * changed; a cancel leaves no result.
 */
public final class Segment {

    public static final ModelKind TASK = ModelKind.SEGMENT;
    public static final String DEFAULT_MODEL = "segment-nuclei";
    public static final ModelRequirement REQUIREMENT = ModelRequirement.tasks(TASK).withExactChannels();
    public static final Key<String> MODEL = Key.model(DEFAULT_MODEL);
    public static final Key<SegmentOutput> OUTPUT = Key.choice("output", "Output", SegmentOutput.class, SegmentOutput::key, SegmentOutput.LABELS);
    public static final ImageCommand<Segmentation> COMMAND = new ImageCommand<>("Segment", List.of(MODEL, OUTPUT, CommonKeys.TILE, CommonKeys.OVERLAP,
            CommonKeys.DEVICE), MODEL, REQUIREMENT, (input, values, context) -> new Segment(context.registry()).run(input, values.get(MODEL),
            values.get(OUTPUT), CommonKeys.tiling(values), values.get(CommonKeys.DEVICE), context.progress()));
    /** Share of the progress bar the network takes; the rest is the objects. */
    private static final double NETWORK_SHARE = 0.9;
    /** How sure the model must be of a nucleus' interior for a pixel to seed an object (chosen among 0.6-0.9 on synthetic images of seeds 5001-5008, used neither for training nor for the test). */
    static final float SEED_PROBABILITY = 0.9f;
    /**
     * Touching objects whose shared border the model marks as boundary with a mean probability below this become one
     * ({@link WeakSplitMerging}); chosen among 0-0.7 by object F1 on tuning images of both nuclei generators
     * (SyntheticNuclei seeds 5001-5008 and one WidefieldNuclei image of each robustness condition, seed 79999), which
     * neither training nor any test uses.
     */
    static final float MERGE_BELOW_BOUNDARY = 0.5f;

    private final ModelRegistry registry;

    public Segment(ModelRegistry registry) {
        this.registry = registry;
    }

    public Segmentation run(ImagePlus input, String model, SegmentOutput output, TilingOptions tiling, String device, TaskProgress progress)
            throws IOException {
        return new RunModel(registry).run(input, model, device, progress,
                ModelTask.of(REQUIREMENT, (network, image) -> run(image, network.manifest(), network, output, tiling, progress)));
    }

    /** With a loaded network, e.g. to measure a model on many images. */
    public static Segmentation run(ImagePlus input, ModelManifest manifest, TileNetwork network, SegmentOutput output, TilingOptions tiling,
                                   TaskProgress progress) {
        ImagePlus scores = new RunModelTask(manifest, network, tiling, progress.part(0, NETWORK_SHARE), OutputKind.PROBABILITIES).run(input);
        int classes = scores.getNChannels();
        boolean logits = manifest.output().kind() != OutputKind.PROBABILITIES;
        String title = scores.getTitle();
        ImageStack labels = new ImageStack(input.getWidth(), input.getHeight());
        List<SegmentedObject> objects = new ArrayList<>();
        int planes = input.getNSlices() * input.getNFrames();
        int largest = 0;
        for (int t = 0; t < input.getNFrames(); t++) {
            for (int z = 0; z < input.getNSlices(); z++) {
                if (progress.isCancelled()) throw new TilingCancelledException();
                float[][] plane = new float[classes][];
                for (int c = 0; c < classes; c++) plane[c] = (float[]) scores.getStack().getPixels(scores.getStackIndex(c + 1, z + 1, t + 1));
                if (logits) Softmax.apply(plane);
                if (output != SegmentOutput.PROBABILITIES) {
                    int[] planeLabels = separate(plane, input.getWidth(), input.getHeight());
                    int count = max(planeLabels);
                    largest = Math.max(largest, count);
                    labels.addSlice(toShorts(planeLabels, input.getWidth(), input.getHeight()));
                    if (output == SegmentOutput.ROIS) objects.addAll(ObjectMeasurements.measure(planeLabels, count, input, z, t));
                }
                progress.progress(NETWORK_SHARE + (1 - NETWORK_SHARE) * (z + 1 + t * input.getNSlices()) / planes);
            }
        }
        progress.progress(1);
        if (output == SegmentOutput.PROBABILITIES) {
            for (int c = 0; c < classes; c++) {
                for (int z = 0; z < input.getNSlices(); z++) {
                    for (int t = 0; t < input.getNFrames(); t++) scores.getStack().setSliceLabel("class " + c, scores.getStackIndex(c + 1, z + 1, t + 1));
                }
            }
            scores.setTitle(title + "-probabilities");
            scores.getProcessor().resetMinAndMax();
            return new Segmentation(scores, List.of());
        }
        return new Segmentation(labelImage(title + "-labels", labels, input, largest), List.copyOf(objects));
    }

    /**
     * Objects from class probabilities: a pixel belongs to an object unless background is its most likely class. With a
     * boundary class, only pixels whose interior class is at least {@value #SEED_PROBABILITY} likely seed an object; the
     * less certain ones are grown over like the boundary, which keeps touching nuclei apart where the model hesitates;
     * objects that meet where the model sees no boundary are then merged again.
     */
    private static int[] separate(float[][] probabilities, int width, int height) {
        float[] best = ArgMax.of(probabilities);
        boolean boundaryClass = probabilities.length > ObjectSeparation.BOUNDARY;
        int[] classes = new int[best.length];
        for (int i = 0; i < best.length; i++) {
            int c = (int) best[i];
            boolean uncertain = c != 0 && c != ObjectSeparation.BOUNDARY && probabilities[c][i] < SEED_PROBABILITY;
            classes[i] = boundaryClass && uncertain ? ObjectSeparation.BOUNDARY : c;
        }
        int[] labels = ObjectSeparation.labels(classes, width, height, probabilities.length);
        return boundaryClass ? WeakSplitMerging.merge(labels, probabilities[ObjectSeparation.BOUNDARY], width, height, MERGE_BELOW_BOUNDARY) : labels;
    }

    private static int max(int[] values) {
        int max = 0;
        for (int value : values) max = Math.max(max, value);
        return max;
    }

    private static ShortProcessor toShorts(int[] labels, int width, int height) {
        short[] pixels = new short[labels.length];
        for (int i = 0; i < labels.length; i++) pixels[i] = (short) Math.min(labels[i], 65535);
        return new ShortProcessor(width, height, pixels, null);
    }

    private static ImagePlus labelImage(String title, ImageStack stack, ImagePlus input, int largest) {
        ImagePlus labels = new ImagePlus(title, stack);
        labels.setDimensions(1, input.getNSlices(), input.getNFrames());
        if (input.getNSlices() > 1 && input.getNFrames() > 1) labels.setOpenAsHyperStack(true);
        Calibration calibration = input.getCalibration().copy();
        calibration.disableDensityCalibration();
        labels.setCalibration(calibration);
        labels.getProcessor().setLut(DistinctColors.lut());
        labels.setLut(DistinctColors.lut());
        labels.setDisplayRange(0, Math.max(255, largest));
        return labels;
    }
}
