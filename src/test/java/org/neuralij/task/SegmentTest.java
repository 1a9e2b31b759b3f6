package org.neuralij.task;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.LUT;
import org.junit.jupiter.api.Test;
import org.neuralij.image.tiling.TileNetwork;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.model.OutputKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Segment on images whose pixel values are the classes a stand-in network "predicts"
 * (0 background, 1 interior, 2 boundary), so the expected objects are known exactly.
 */
class SegmentTest {

    private static final ModelManifest MANIFEST = StandInNetworks.manifest(1, 3, 1, OutputKind.LABELS, ModelManifest.NormalizationSpec.none());
    private static final TileNetwork NETWORK = StandInNetworks.classesFromValues(3);

    /** Two nuclei of 6×6 interior with a 1-px boundary each, touching along x = 8 / 9 (both boundaries), and one apart. */
    private static FloatProcessor twoTouchingAndOne() {
        FloatProcessor classes = new FloatProcessor(40, 20);
        drawNucleus(classes, 1, 2);
        drawNucleus(classes, 9, 2);
        drawNucleus(classes, 25, 8);
        return classes;
    }

    private static void drawNucleus(FloatProcessor classes, int x0, int y0) {
        for (int y = y0; y < y0 + 8; y++) {
            for (int x = x0; x < x0 + 8; x++) {
                boolean edge = x == x0 || y == y0 || x == x0 + 7 || y == y0 + 7;
                classes.setf(x, y, edge ? 2 : 1);
            }
        }
    }

    private static ImagePlus image(String title, ImageProcessor... planes) {
        ImageStack stack = new ImageStack(planes[0].getWidth(), planes[0].getHeight());
        for (ImageProcessor plane : planes) stack.addSlice(plane);
        ImagePlus image = new ImagePlus(title, stack);
        image.getCalibration().pixelWidth = 0.5;
        image.getCalibration().pixelHeight = 0.5;
        image.getCalibration().setUnit("µm");
        return image;
    }

    private static Segmentation segment(ImagePlus input, SegmentOutput output, TaskProgress progress) {
        return Segment.run(input, MANIFEST, NETWORK, output, TilingOptions.automatic(), progress);
    }

    @Test
    void touchingNucleiComeOutAsSeparateLabelsCoveringTheirBoundaries() {
        ImagePlus input = image("cells.tif", twoTouchingAndOne());
        float[] before = ((float[]) input.getProcessor().getPixels()).clone();
        ImagePlus labels = segment(input, SegmentOutput.LABELS, TaskProgress.NONE).image();
        assertEquals(16, labels.getBitDepth());
        assertEquals(40, labels.getWidth());
        assertEquals(20, labels.getHeight());
        assertEquals("cells-stand-in-labels", labels.getTitle());
        assertEquals(0.5, labels.getCalibration().pixelWidth);
        assertEquals("µm", labels.getCalibration().getUnit());
        ImageProcessor ip = labels.getProcessor();
        assertEquals(1, ip.get(4, 5), "first nucleus");
        assertEquals(2, ip.get(12, 5), "the touching one is another object");
        assertEquals(3, ip.get(28, 12), "the one apart");
        assertEquals(1, ip.get(8, 5), "its own boundary goes to the left nucleus");
        assertEquals(2, ip.get(9, 5), "and the right one's to it");
        assertEquals(0, ip.get(20, 2), "background");
        for (int i = 0; i < before.length; i++) assertEquals(before[i] > 0, ip.get(i) > 0, "every object pixel is labelled, at " + i);
        assertArrayEquals(before, (float[]) input.getProcessor().getPixels(), "input unchanged");
        LUT lut = labels.getProcessor().getLut();
        assertEquals(0, lut.getRGB(0) & 0xffffff, "background black");
        assertNotEquals(lut.getRGB(1), lut.getRGB(2), "neighbouring labels have different colours");
        assertTrue(lut.getRGB(1) != 0xff010101, "not a gray ramp");
    }

    @Test
    void probabilitiesAreOne32BitSlicePerClassSummingToOne() {
        ImagePlus input = image("cells.tif", twoTouchingAndOne());
        ImagePlus probabilities = segment(input, SegmentOutput.PROBABILITIES, TaskProgress.NONE).image();
        assertEquals(32, probabilities.getBitDepth());
        assertEquals(3, probabilities.getStackSize());
        assertEquals(0.5, probabilities.getCalibration().pixelHeight);
        float[][] p = new float[3][];
        for (int c = 0; c < 3; c++) p[c] = (float[]) probabilities.getStack().getPixels(c + 1);
        for (int i = 0; i < p[0].length; i++) assertEquals(1, p[0][i] + p[1][i] + p[2][i], 1e-5, "sum at " + i);
        int interior = 5 * 40 + 4;
        assertTrue(p[1][interior] > 0.5 && p[1][interior] > p[2][interior], "interior most likely class 1: " + p[1][interior]);
        assertEquals("class 2", probabilities.getStack().getSliceLabel(3));
    }

    @Test
    void roisAreMeasuredOnTheInputInCalibratedUnits() {
        FloatProcessor classes = twoTouchingAndOne();
        ImagePlus input = image("cells.tif", classes);
        Segmentation result = segment(input, SegmentOutput.ROIS, TaskProgress.NONE);
        assertEquals(3, result.objects().size());
        SegmentedObject apart = result.objects().get(2);
        assertEquals(64 * 0.25, apart.area(), 1e-9, "8×8 pixels of 0.5 µm");
        assertEquals((36 * 1 + 28 * 2) / 64.0, apart.mean(), 1e-6, "mean of the input's values in the object");
        assertEquals((25 + 4) * 0.5, apart.x(), 1e-9, "centroid x in µm");
        assertEquals(64, apart.roi().getContainedPoints().length, "the ROI covers the object");
        assertEquals(25, apart.roi().getBounds().x);
        assertEquals(3, result.table().size());
        assertEquals(16.0, result.table().getValue("Area", 2), 1e-9);
        assertEquals("Label,Object,Slice,Frame,Area,Mean,X,Y", String.join(",", result.table().getHeadings()).replace("\t", ","),
                "one Label column (the outline's name), the object's number in its own column");
        assertEquals(3, result.rois().length);
    }

    @Test
    void aStackIsLabelledSliceBySliceWithOneProgressToTheEnd() {
        FloatProcessor single = new FloatProcessor(40, 20);
        drawNucleus(single, 25, 8);
        ImagePlus input = image("stack.tif", twoTouchingAndOne(), single, new FloatProcessor(40, 20));
        RecordedProgress progress = new RecordedProgress();
        List<Double> fractions = progress.fractions;
        Segmentation result = segment(input, SegmentOutput.ROIS, progress);
        ImagePlus labels = result.image();
        assertEquals(3, labels.getStackSize());
        assertEquals(3, (int) labels.getStack().getProcessor(1).getStatistics().max);
        assertEquals(1, (int) labels.getStack().getProcessor(2).getStatistics().max, "labels start at 1 in every slice");
        assertEquals(0, (int) labels.getStack().getProcessor(3).getStatistics().max);
        assertEquals(4, result.objects().size());
        assertEquals(2, result.objects().get(3).slice());
        assertEquals(2, result.objects().get(3).roi().getPosition(), "the ROI sits on its slice");
        for (int i = 1; i < fractions.size(); i++) assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back: " + fractions);
        assertEquals(1.0, fractions.get(fractions.size() - 1));
    }

    @Test
    void aCancelLeavesNoResult() {
        ImagePlus input = image("stack.tif", twoTouchingAndOne(), twoTouchingAndOne());
        TaskProgress cancelAfterFirstReport = new TaskProgress() {
            boolean reported;

            @Override
            public void progress(double fraction) {
                reported = true;
            }

            @Override
            public boolean isCancelled() {
                return reported;
            }
        };
        assertThrows(TilingCancelledException.class, () -> segment(input, SegmentOutput.LABELS, cancelAfterFirstReport));
    }

    @Test
    void objectSeparationDropsSpecksAndKeepsObjectsMadeOnlyOfBoundary() {
        int[] classes = new int[10 * 6];
        classes[1 * 10 + 1] = 1; // a one-pixel speck of interior
        for (int y = 2; y < 5; y++) for (int x = 5; x < 8; x++) classes[y * 10 + x] = 2; // a 3×3 object seen only as boundary
        int[] labels = ObjectSeparation.labels(classes, 10, 6, 3);
        assertEquals(0, labels[11], "a speck is not an object");
        assertEquals(1, labels[3 * 10 + 6], "boundary without interior still makes an object");
        assertEquals(1, java.util.Arrays.stream(labels).max().getAsInt());
    }

    @Test
    void aModelThatDoesNotSegmentOrDoesNotFitTheChannelsIsRefusedNamingWhatWouldFit() {
        Segment segment = new Segment(new ModelRegistry(List.of(Path.of("models"))));
        ImagePlus gray = new ImagePlus("gray", new ByteProcessor(32, 32));
        IllegalArgumentException denoiser = assertThrows(IllegalArgumentException.class,
                () -> segment.run(gray, "denoise-gray", SegmentOutput.LABELS, TilingOptions.automatic(), "cpu", TaskProgress.NONE));
        assertEquals("'denoise-gray' is a denoise model, not a segment model. Models that fit: segment-nuclei.", denoiser.getMessage());
        ImagePlus rgb = new ImagePlus("photo", new ColorProcessor(32, 32));
        IllegalArgumentException channels = assertThrows(IllegalArgumentException.class,
                () -> segment.run(rgb, "segment-nuclei", SegmentOutput.LABELS, TilingOptions.automatic(), "cpu", TaskProgress.NONE));
        assertEquals("'segment-nuclei' takes 1 channel (grayscale), but 'photo' has 3 channels (RGB). No installed segment model takes "
                + "3 channels (RGB): convert the image to grayscale (Image › Type › 8-bit) or install such a model.", channels.getMessage());
    }

    @Test
    void anUnknownOutputIsRefusedWithTheChoices() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> SegmentOutput.of("outlines"));
        assertEquals("output=outlines is not known: use one of [labels, probabilities, rois].", failure.getMessage());
    }
}
