package org.neuralij.recipes;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import org.neuralij.image.HarmonicFill;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.HoleMask;
import org.neuralij.task.Inpaint;
import org.neuralij.task.TaskProgress;
import org.neuralij.task.TilingOptions;

import java.nio.file.Paths;
import java.util.List;

/**
 * Makes docs/images/inpaint-camera.png, the README's before/after picture: the part of the held-out
 * camera.png around the tower, with the oval of macros/inpaint.ijm cut out (black), filled by the
 * diffusion (harmonic) fill, and filled by the bundled model {@code inpaint} through the Inpaint task.
 * Run: {@code java -cp ... org.neuralij.recipes.MakeInpaintPicture} from the project folder.
 */
public final class MakeInpaintPicture {

    static final OvalRoi OVAL = new OvalRoi(400, 106, 44, 96);
    static final java.awt.Rectangle VIEW = new java.awt.Rectangle(342, 64, 160, 180);
    static final int GAP = 4;

    public static void main(String[] args) throws Exception {
        ImagePlus camera = IJ.openImage("test-images/camera.png");
        camera.setRoi((OvalRoi) OVAL.clone());
        HoleMask hole = HoleMask.fromSelection(camera);
        ImagePlus filled = new Inpaint(new ModelRegistry(List.of(Paths.get("models")))).run(camera, hole, "inpaint", TilingOptions.automatic(), "cpu", TaskProgress.NONE);
        ByteProcessor cut = (ByteProcessor) camera.getProcessor().duplicate();
        float[] diffusion = (float[]) camera.getProcessor().convertToFloatProcessor().getPixels();
        HarmonicFill.fill(diffusion, camera.getWidth(), camera.getHeight(), hole.pixels());
        ByteProcessor harmonic = (ByteProcessor) cut.duplicate();
        for (int i = 0; i < diffusion.length; i++) {
            if (!hole.contains(i)) continue;
            cut.set(i, 0);
            harmonic.set(i, Math.round(diffusion[i]));
        }
        ImageProcessor[] panels = {cut, harmonic, filled.getProcessor()};
        ByteProcessor picture = new ByteProcessor(3 * VIEW.width + 2 * GAP, VIEW.height);
        picture.setColor(255);
        picture.fill();
        for (int p = 0; p < panels.length; p++) {
            panels[p].setRoi(VIEW);
            picture.insert(panels[p].crop(), p * (VIEW.width + GAP), 0);
        }
        new ij.io.FileSaver(new ImagePlus("inpaint-camera", picture)).saveAsPng("docs/images/inpaint-camera.png");
        System.exit(0);
    }
}
