package org.neuralij.recipes;

import ij.ImagePlus;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import org.neuralij.model.Direction;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;
import org.neuralij.task.Translate;
import org.neuralij.task.Translation;

import java.nio.file.Paths;
import java.util.List;

/**
 * Makes docs/images/translate.png, the README's picture of Translate (CycleGAN)...: two held-out images (the first test
 * seed of {@link CycleGanReport}), one of each domain, each shown as real → translated → reconstructed by the bundled
 * {@code cyclegan} model. Run: {@code bin/recipe MakeTranslatePicture} from the project folder.
 */
public final class MakeTranslatePicture {

    static final int GAP = 4;

    private MakeTranslatePicture() {
    }

    public static void main(String[] args) throws Exception {
        String output = args.length > 0 ? args[0] : "docs/images/translate.png";
        Translate translate = new Translate(new ModelRegistry(List.of(Paths.get("models"))));
        int size = TrainCycleGan.SIZE;
        ImagePlus a = UnpairedNucleiDomains.fluorescence(size, CycleGanReport.FIRST_TEST_SEED, "a");
        ImagePlus b = UnpairedNucleiDomains.brightfield(size, CycleGanReport.FIRST_TEST_SEED, "b");
        ByteProcessor picture = new ByteProcessor(3 * size + 2 * GAP, 2 * size + GAP);
        picture.setColor(255);
        picture.fill();
        row(picture, 0, a, translate.run(a, Translate.DEFAULT_MODEL, Direction.A_TO_B, true, TilingOptions.automatic(), "cpu", TaskProgress.NONE));
        row(picture, size + GAP, b, translate.run(b, Translate.DEFAULT_MODEL, Direction.B_TO_A, true, TilingOptions.automatic(), "cpu", TaskProgress.NONE));
        new ij.io.FileSaver(new ImagePlus("translate", picture)).saveAsPng(output);
        System.exit(0);
    }

    private static void row(ByteProcessor picture, int y, ImagePlus real, Translation translation) {
        ImageProcessor[] panels = {real.getProcessor(), translation.translated().getProcessor(), translation.reconstruction().getProcessor()};
        for (int p = 0; p < panels.length; p++) picture.insert(panels[p].convertToByte(true), p * (real.getWidth() + GAP), y);
    }
}
