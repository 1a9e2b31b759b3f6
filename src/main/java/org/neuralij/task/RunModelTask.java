package org.neuralij.task;

import org.neuralij.image.PlaneReader;
import org.neuralij.image.ImagePlanes;
import org.neuralij.image.ImageAssembler;
import ij.ImagePlus;
import org.neuralij.image.Normalizer;
import org.neuralij.image.tiling.PlaneInference;
import org.neuralij.image.tiling.TileNetwork;
import org.neuralij.image.tiling.TileProgress;
import org.neuralij.image.tiling.TiledInference;
import org.neuralij.image.tiling.TilingPlan;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.OutputKind;

import java.util.function.Function;

/**
 * Applies a model to every plane of an image and returns the result as a new image; the
 * input is never changed. Normalisation is fitted once per channel over the whole image,
 * planes are processed tile by tile, and a cancel between tiles leaves no result.
 */
public final class RunModelTask {

    private final ModelManifest manifest;
    private final TileNetwork network;
    private final TilingOptions tiling;
    private final TaskProgress progress;
    private final OutputKind kind;
    private final Function<TilingPlan, PlaneInference> inference;

    public RunModelTask(ModelManifest manifest, TileNetwork network, TilingOptions tiling, TaskProgress progress) {
        this(manifest, network, tiling, progress, manifest.output().kind());
    }

    /** With {@code kind} in place of the manifest's: {@link OutputKind#PROBABILITIES} gives the network's raw channels as 32-bit planes. */
    RunModelTask(ModelManifest manifest, TileNetwork network, TilingOptions tiling, TaskProgress progress, OutputKind kind) {
        this(manifest, network, tiling, progress, kind, TiledInference::new);
    }

    private RunModelTask(ModelManifest manifest, TileNetwork network, TilingOptions tiling, TaskProgress progress, OutputKind kind,
                         Function<TilingPlan, PlaneInference> inference) {
        this.manifest = manifest;
        this.network = network;
        this.tiling = tiling;
        this.progress = progress;
        this.kind = kind;
        this.inference = inference;
    }

    /** The same task with another way of running a plane's tiles than {@link TiledInference} (e.g. {@link WholeImageInstanceNorm}). */
    public RunModelTask withInference(Function<TilingPlan, PlaneInference> planeInference) {
        return new RunModelTask(manifest, network, tiling, progress, kind, planeInference);
    }

    public RunModelTask(LoadedNetwork network, TilingOptions tiling, TaskProgress progress) {
        this(network.manifest(), network, tiling, progress);
    }

    public ImagePlus run(ImagePlus input) {
        InputCheck.check(input);
        ChannelGrouping grouping = ChannelGrouping.of(input, manifest);
        int scale = manifest.output().scale();
        progress.status("Normalising " + input.getTitle() + " for " + manifest.name() + "…");
        Normalizer[] normalizers = fitNormalizers(manifest, input);
        boolean restoreNonFinite = input.getBitDepth() == 32 && ImagePlanes.of(input).countNonFinite() > 0;
        TilingPlan plan = plan(manifest, network, tiling, input.getWidth(), input.getHeight());
        OutputMapping mapping = new OutputMapping(kind, normalizers, grouping, input, scale, restoreNonFinite);
        int resultPerGroup = kind == OutputKind.LABELS ? 1 : grouping.outputsPerGroup();
        ImageAssembler result = new ImageAssembler(input, grouping.groups() * resultPerGroup, scale, kind.bitDepth(input), producesRgb(input, grouping, kind));
        PlaneInference planeInference = inference.apply(plan);
        int planes = input.getNSlices() * input.getNFrames() * grouping.groups();
        int planeIndex = 0;
        for (int t = 0; t < input.getNFrames(); t++) {
            for (int z = 0; z < input.getNSlices(); z++) {
                for (int g = 0; g < grouping.groups(); g++) {
                    progress.status(statusText(manifest, input, planeIndex, planes, plan));
                    float[][] outputs = planeInference.run(source(input, grouping, g, z, t, normalizers), network, tileProgress(progress, planeIndex, planes));
                    if (kind == OutputKind.LABELS) outputs = new float[][] {ArgMax.of(outputs)};
                    for (int o = 0; o < outputs.length; o++) {
                        int channel = g * resultPerGroup + o;
                        result.put(channel, z, t, mapping.toPixelValues(outputs[o], channel, z, t));
                    }
                    planeIndex++;
                }
            }
        }
        progress.progress(1);
        return result.build(resultTitle(manifest, input.getTitle()));
    }

    /** The tiles of a width×height plane for this model and the user's tile=/overlap= keys. */
    static TilingPlan plan(ModelManifest manifest, TileNetwork network, TilingOptions tiling, int width, int height) {
        return TilingPlan.create(width, height, new org.neuralij.image.tiling.NetworkGeometry(
                manifest.input().sizeMultiple(), manifest.input().minSize(), manifest.input().halo(), manifest.output().scale()),
                tiling.tile(), tiling.overlap(), Math.min(tiling.maxAutoTile(), network.largestTile()));
    }

    /** One normaliser per image channel, fitted over all slices and frames. */
    static Normalizer[] fitNormalizers(ModelManifest manifest, ImagePlus input) {
        Normalizer[] normalizers = new Normalizer[ImagePlanes.of(input).channels()];
        for (int c = 0; c < normalizers.length; c++) normalizers[c] = NormalizerChoice.fit(manifest.input().normalization(), input, c);
        return normalizers;
    }

    private static NormalizedPlaneSource source(ImagePlus input, ChannelGrouping grouping, int group, int z, int t, Normalizer[] normalizers) {
        int n = grouping.channelsPerGroup();
        ImagePlanes planes = ImagePlanes.of(input);
        PlaneReader[] readers = new PlaneReader[n];
        Normalizer[] used = new Normalizer[n];
        for (int i = 0; i < n; i++) {
            int channel = grouping.firstChannel(group) + i;
            readers[i] = planes.reader(channel, z, t);
            used[i] = normalizers[channel];
        }
        return new NormalizedPlaneSource(readers, used, input.getWidth(), input.getHeight());
    }

    /** Tile progress of plane {@code planeIndex} of {@code planes} as one progress bar over all planes; cancels with the task. */
    static TileProgress tileProgress(TaskProgress progress, int planeIndex, int planes) {
        return new TileProgress() {
            @Override
            public void tileDone(int done, int total) {
                progress.progress((planeIndex + done / (double) total) / planes);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private static boolean producesRgb(ImagePlus input, ChannelGrouping grouping, OutputKind kind) {
        boolean singleOrRgbInput = input.getType() == ImagePlus.COLOR_RGB || ImagePlanes.of(input).channels() == 1;
        return kind == OutputKind.IMAGE && grouping.totalOutputs() == 3 && singleOrRgbInput && kind.bitDepth(input) == 8;
    }

    static String statusText(ModelManifest manifest, ImagePlus input, int planeIndex, int planes, TilingPlan plan) {
        String where = planes > 1 ? " plane " + (planeIndex + 1) + "/" + planes : "";
        return manifest.name() + " on " + input.getTitle() + where + " (" + plan.tileCount() + " tile" + (plan.tileCount() == 1 ? "" : "s") + ")";
    }

    static String resultTitle(ModelManifest manifest, String inputTitle) {
        return resultTitle(inputTitle, manifest.name());
    }

    /** The input's title without its file extension, then "-" and {@code what}. */
    static String resultTitle(String inputTitle, String what) {
        return baseTitle(inputTitle) + "-" + what;
    }

    /** The title without a file extension (of up to 4 letters). */
    static String baseTitle(String title) {
        int dot = title.lastIndexOf('.');
        return dot > 0 && title.length() - dot <= 5 ? title.substring(0, dot) : title;
    }
}
