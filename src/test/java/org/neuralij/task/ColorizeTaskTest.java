package org.neuralij.task;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neuralij.image.tiling.TileNetwork;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.OutputKind;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Colorize... with stand-in networks of known chroma: the result is RGB, and converted back to gray it is the input again. */
class ColorizeTaskTest {

    private static final ModelManifest CHROMA = StandInNetworks.manifest(1, 2, 1, OutputKind.CHROMA, ModelManifest.NormalizationSpec.fixed(0, 255));
    private final double[] weights = ColorProcessor.getWeightingFactors();

    @AfterEach
    void restoreImageJsWeights() {
        ColorProcessor.setWeightingFactors(weights[0], weights[1], weights[2]);
    }

    /** Predicts R−G = {@code rg} and B−G = {@code bg} (units of the full range) everywhere, times (input − 0.5) when {@code byLevel}. */
    private static TileNetwork constantChroma(float rg, float bg, boolean byLevel) {
        return new TileNetwork() {
            @Override
            public float[] predict(float[] input, int channels, int height, int width) {
                int plane = width * height;
                float[] out = new float[2 * plane];
                for (int i = 0; i < plane; i++) {
                    float factor = byLevel ? input[i] - 0.5f : 1;
                    out[i] = rg * factor;
                    out[plane + i] = bg * factor;
                }
                return out;
            }

            @Override
            public int outputChannels() {
                return 2;
            }

            @Override
            public int scale() {
                return 1;
            }
        };
    }

    private static ImagePlus grayStack(int slices, long seed) {
        Random random = new Random(seed);
        ImageStack stack = new ImageStack(40, 30);
        for (int s = 0; s < slices; s++) {
            ByteProcessor plane = new ByteProcessor(40, 30);
            for (int i = 0; i < 40 * 30; i++) plane.set(i, i % 7 == 0 ? 255 * (i % 2) : random.nextInt(256));
            stack.addSlice("z" + s, plane);
        }
        ImagePlus imp = new ImagePlus("photo.tif", stack);
        Calibration calibration = imp.getCalibration();
        calibration.pixelWidth = 0.5;
        calibration.setUnit("um");
        return imp;
    }

    private static ImagePlus colorize(ImagePlus input, TileNetwork network) {
        return new ColorizeTask(TilingOptions.of(16, 4), TaskProgress.NONE).colorize(CHROMA, network, input);
    }

    private static int largestGrayDifference(ImagePlus colored, ImagePlus gray8) {
        int largest = 0;
        for (int s = 1; s <= colored.getStackSize(); s++) {
            ImageProcessor back = colored.getStack().getProcessor(s).convertToByte(false);
            ImageProcessor expected = gray8.getStack().getProcessor(s);
            for (int i = 0; i < back.getPixelCount(); i++) largest = Math.max(largest, Math.abs(back.get(i) - expected.get(i)));
        }
        return largest;
    }

    private static boolean hasColour(ImagePlus colored) {
        for (int s = 1; s <= colored.getStackSize(); s++) {
            int[] pixels = (int[]) colored.getStack().getPixels(s);
            for (int c : pixels) if (((c >> 16) & 0xff) != ((c >> 8) & 0xff) || (c & 0xff) != ((c >> 8) & 0xff)) return true;
        }
        return false;
    }

    @Test
    void anEightBitStackBecomesAnRgbStackWhoseGrayIsTheInputForBothWeightings() {
        for (double[] w : new double[][] {{1 / 3d, 1 / 3d, 1 / 3d}, {0.299, 0.587, 0.114}}) {
            ColorProcessor.setWeightingFactors(w[0], w[1], w[2]);
            ImagePlus input = grayStack(3, 7);
            Object before = input.getStack().getProcessor(2).getPixelsCopy();
            ImagePlus colored = colorize(input, constantChroma(0.3f, -0.25f, true));
            assertEquals(ImagePlus.COLOR_RGB, colored.getType());
            assertEquals(40, colored.getWidth());
            assertEquals(30, colored.getHeight());
            assertEquals(3, colored.getStackSize());
            assertEquals("photo-stand-in", colored.getTitle());
            assertEquals(0.5, colored.getCalibration().pixelWidth);
            assertEquals("µm", colored.getCalibration().getUnit());
            assertTrue(hasColour(colored), "colours were added");
            assertEquals(0, largestGrayDifference(colored, input), "gray(result) = input with weights " + w[1]);
            assertArrayEquals((byte[]) before, (byte[]) input.getStack().getPixels(2), "input unchanged");
        }
    }

    @Test
    void chromaBeyondTheRgbRangeIsToneddownSoTheLuminanceStays() {
        ColorProcessor.setWeightingFactors(0.299, 0.587, 0.114);
        ImagePlus input = grayStack(1, 3);
        ImagePlus colored = colorize(input, constantChroma(4f, -3f, false));
        assertTrue(largestGrayDifference(colored, input) <= 1);
        int[] pixels = (int[]) colored.getProcessor().getPixels();
        ByteProcessor gray = (ByteProcessor) input.getProcessor();
        for (int i = 0; i < pixels.length; i++) {
            if (gray.get(i) > 40 && gray.get(i) < 200) assertTrue(((pixels[i] >> 16) & 0xff) > (pixels[i] & 0xff), "still red rather than blue at " + i);
        }
    }

    @Test
    void sixteenBitImagesAreColouredThroughTheirDisplayRange() {
        ShortProcessor plane = new ShortProcessor(32, 32);
        for (int i = 0; i < 32 * 32; i++) plane.set(i, 1000 + 2 * i);
        ImagePlus input = new ImagePlus("sixteen", plane);
        input.setDisplayRange(1200, 2600);
        ImagePlus colored = colorize(input, constantChroma(0.1f, 0.1f, false));
        ImagePlus expected = new ImagePlus("expected", input.getProcessor().duplicate().convertToByte(true));
        assertEquals(ImagePlus.COLOR_RGB, colored.getType());
        assertTrue(largestGrayDifference(colored, expected) <= 1);
        assertEquals(1000, input.getProcessor().get(0), "input unchanged");
    }

    @Test
    void rgbInputsAndModelsThatAreNotColorizeModelsGetAMessageSayingWhatToDo() {
        ImagePlus rgb = new ImagePlus("colour", new ColorProcessor(32, 32));
        IllegalArgumentException refusedImage = assertThrows(IllegalArgumentException.class, () -> colorize(rgb, constantChroma(0, 0, false)));
        assertTrue(refusedImage.getMessage().contains("already a colour image") && refusedImage.getMessage().contains("Image › Type › 8-bit"), refusedImage.getMessage());
        ModelManifest denoiser = StandInNetworks.manifest(1, 1, 1, OutputKind.IMAGE, ModelManifest.NormalizationSpec.fixed(0, 255));
        IllegalArgumentException refusedModel = assertThrows(IllegalArgumentException.class,
                () -> new ColorizeTask(TilingOptions.automatic(), TaskProgress.NONE).colorize(denoiser, StandInNetworks.identity(1, 1), grayStack(1, 1)));
        assertTrue(refusedModel.getMessage().contains("'stand-in' is not a colorize model") && refusedModel.getMessage().contains("model=colorize"), refusedModel.getMessage());
    }

    @Test
    void aCancelLeavesNoResult() {
        ImagePlus input = grayStack(2, 5);
        ColorizeTask task = new ColorizeTask(TilingOptions.of(16, 4), () -> true);
        assertThrows(TilingCancelledException.class, () -> task.colorize(CHROMA, constantChroma(0.2f, 0.2f, false), input));
    }
}
