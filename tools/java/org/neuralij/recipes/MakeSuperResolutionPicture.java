package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;
import org.neuralij.task.RunModelTask;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Paths;

/**
 * Makes docs/images/super-resolution.png, the README's before/after picture: a 128×128 crop of the held-out
 * micrograph immunohistochemistry.png (RGB) shrunk 2× — shown as its pixels, then enlarged by bicubic
 * interpolation, by sr-2x (the gray model run on each colour channel), and the original.
 * Run: {@code bin/recipe MakeSuperResolutionPicture}.
 */
public final class MakeSuperResolutionPicture {

    static final int X = 300;
    static final int Y = 120;
    static final int SIDE = 128;
    static final int GAP = 4;

    public static void main(String[] args) throws Exception {
        ImageProcessor original = IJ.openImage("test-images/immunohistochemistry.png").getProcessor();
        original.setInterpolationMethod(ImageProcessor.BILINEAR);
        ImageProcessor small = original.resize(original.getWidth() / 2, original.getHeight() / 2, true);
        ImageProcessor enlarged;
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(Paths.get("models/sr-2x")), "cpu")) {
            enlarged = new RunModelTask(network, TilingOptions.automatic(), TaskProgress.NONE).run(new ImagePlus("small", small)).getProcessor();
        }
        small.setInterpolationMethod(ImageProcessor.NONE);
        ImageProcessor pixels = small.resize(original.getWidth(), original.getHeight());
        small.setInterpolationMethod(ImageProcessor.BICUBIC);
        ImageProcessor bicubic = small.resize(original.getWidth(), original.getHeight());
        ImageProcessor[] panels = {pixels, bicubic, enlarged, original};
        ColorProcessor picture = new ColorProcessor(panels.length * SIDE + (panels.length - 1) * GAP, SIDE);
        picture.setColor(java.awt.Color.WHITE);
        picture.fill();
        for (int i = 0; i < panels.length; i++) {
            panels[i].setRoi(X, Y, SIDE, SIDE);
            picture.insert(panels[i].crop().convertToRGB(), i * (SIDE + GAP), 0);
        }
        new FileSaver(new ImagePlus("super-resolution", picture)).saveAsPng("docs/images/super-resolution.png");
        System.exit(0);
    }
}
