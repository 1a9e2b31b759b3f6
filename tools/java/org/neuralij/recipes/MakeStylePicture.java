package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.FastStyle;
import org.neuralij.task.StyleOptimization;
import org.neuralij.task.StyleSettings;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Paths;
import java.util.List;

/**
 * Makes docs/images/style-transfer.png, the README's picture of Style Transfer...: the held-out coffee.png (shrunk to
 * {@value #HEIGHT} px high), the style image test-images/style-mosaic.png, coffee painted by the bundled {@code style-default}
 * (method=fast) and by {@value #ITERATIONS} L-BFGS iterations of method=optimize at the default working size, both in the
 * built-in random-filter feature network. Run: {@code bin/recipe MakeStylePicture} from the project folder.
 */
public final class MakeStylePicture {

    static final int HEIGHT = 170;
    static final int ITERATIONS = 100;
    static final int GAP = 4;

    private MakeStylePicture() {
    }

    public static void main(String[] args) throws Exception {
        String output = args.length > 0 ? args[0] : "docs/images/style-transfer.png";
        ModelRegistry registry = new ModelRegistry(List.of(Paths.get("models")));
        ImagePlus coffee = shrunk(IJ.openImage("test-images/coffee.png"));
        ImagePlus style = IJ.openImage(TrainStyleDefault.STYLE.toString());
        ImagePlus fast = new FastStyle(registry).run(coffee, FastStyle.DEFAULT_MODEL, TilingOptions.automatic(), "cpu", TaskProgress.NONE).image();
        ImagePlus optimized = new StyleOptimization(registry).run(coffee, style, StyleSettings.defaults().withIterations(ITERATIONS), "cpu",
                TaskProgress.NONE, StyleOptimization.Preview.NONE).image();
        ImageProcessor[] panels = {coffee.getProcessor(), square(style.getProcessor()), fast.getProcessor(), optimized.getProcessor()};
        int width = -GAP;
        for (ImageProcessor panel : panels) width += panel.getWidth() + GAP;
        ColorProcessor picture = new ColorProcessor(width, HEIGHT);
        picture.setColor(java.awt.Color.WHITE);
        picture.fill();
        int x = 0;
        for (ImageProcessor panel : panels) {
            picture.insert(panel.convertToRGB(), x, 0);
            x += panel.getWidth() + GAP;
        }
        new ij.io.FileSaver(new ImagePlus("style-transfer", picture)).saveAsPng(output);
        System.exit(0);
    }

    private static ImagePlus shrunk(ImagePlus image) {
        ImageProcessor ip = image.getProcessor();
        ip.setInterpolationMethod(ImageProcessor.BILINEAR);
        return new ImagePlus(image.getTitle(), ip.resize(ip.getWidth() * HEIGHT / ip.getHeight(), HEIGHT, true));
    }

    /** The style image's top left corner, {@value #HEIGHT} px square. */
    private static ImageProcessor square(ImageProcessor style) {
        style.setRoi(0, 0, Math.min(HEIGHT, style.getWidth()), Math.min(HEIGHT, style.getHeight()));
        return style.crop();
    }
}
