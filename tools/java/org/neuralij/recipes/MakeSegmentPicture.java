package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import org.neuralij.image.DistinctColors;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.Segment;
import org.neuralij.task.SegmentOutput;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Path;
import java.util.List;

/**
 * Makes docs/images/segment-nuclei.png for the README: test-images/nuclei.tif, the objects of
 * Otsu + fill holes + watershed, and the objects of Segment with segment-nuclei, side by side,
 * each object in its own colour. Run: {@code bin/recipe MakeSegmentPicture}.
 */
public final class MakeSegmentPicture {

    private static final int GAP = 4;

    public static void main(String[] args) throws Exception {
        ImagePlus input = IJ.openImage("test-images/nuclei.tif");
        int width = input.getWidth(), height = input.getHeight();
        ImageProcessor labels = new Segment(new ModelRegistry(List.of(Path.of("models")))).run(input, Segment.DEFAULT_MODEL,
                SegmentOutput.LABELS, TilingOptions.automatic(), "cpu", TaskProgress.NONE).image().getProcessor();
        int[] baseline = NucleiReport.otsuWatershed(input.getProcessor());
        ShortProcessor baselineLabels = new ShortProcessor(width, height);
        for (int i = 0; i < baseline.length; i++) baselineLabels.set(i, baseline[i]);
        ColorProcessor picture = new ColorProcessor(3 * width + 2 * GAP, height);
        picture.setColor(java.awt.Color.WHITE);
        picture.fill();
        picture.insert(input.getProcessor().convertToRGB(), 0, 0);
        picture.insert(colored(baselineLabels), width + GAP, 0);
        picture.insert(colored(labels), 2 * (width + GAP), 0);
        javax.imageio.ImageIO.write(picture.getBufferedImage(), "png", new java.io.File("docs/images/segment-nuclei.png"));
        System.exit(0);
    }

    /** Label k in colour k of the distinct-colour table (wrapping after 255). */
    private static ImageProcessor colored(ImageProcessor labels) {
        ColorProcessor colored = new ColorProcessor(labels.getWidth(), labels.getHeight());
        var lut = DistinctColors.lut();
        for (int i = 0; i < labels.getPixelCount(); i++) {
            int label = labels.get(i);
            colored.set(i, label == 0 ? 0 : lut.getRGB(1 + (label - 1) % 255) & 0xffffff);
        }
        return colored;
    }
}
