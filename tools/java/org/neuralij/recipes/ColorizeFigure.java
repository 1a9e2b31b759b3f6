package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.ColorizeTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The README's before/after picture of Colorize...: the held-out chelsea.png made gray, coloured
 * by the model, and the original, side by side at half size, saved as docs/images/colorize.png.
 * Run: {@code java -cp <test class path> org.neuralij.recipes.ColorizeFigure models/colorize}.
 */
public final class ColorizeFigure {

    public static void main(String[] args) throws Exception {
        ModelPackage pkg = ModelPackage.open(Paths.get(args.length > 0 ? args[0] : "models/colorize"));
        ColorProcessor original = (ColorProcessor) IJ.openImage("test-images/chelsea.png").getProcessor();
        ImagePlus gray = new ImagePlus("chelsea", original.convertToByteProcessor());
        ImageProcessor colored;
        try (LoadedNetwork network = NetworkLoader.load(pkg, "cpu")) {
            colored = new ColorizeTask(TilingOptions.automatic(), TaskProgress.NONE).apply(network, gray).getProcessor();
        }
        ImageProcessor[] panels = {gray.getProcessor().convertToRGB(), colored, original};
        int width = original.getWidth() / 2;
        int height = original.getHeight() / 2;
        ColorProcessor figure = new ColorProcessor(3 * width + 8, height);
        figure.setColor(0xffffff);
        figure.fill();
        for (int i = 0; i < panels.length; i++) {
            panels[i].setInterpolationMethod(ImageProcessor.BILINEAR);
            figure.insert(panels[i].resize(width, height, true), i * (width + 4), 0);
        }
        Path output = Paths.get("docs", "images", "colorize.png");
        Files.createDirectories(output.getParent());
        new ij.io.FileSaver(new ImagePlus("colorize", figure)).saveAsPng(output.toString());
        System.out.println("wrote " + output);
        System.exit(0);
    }
}
