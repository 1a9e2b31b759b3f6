package org.neuralij.ij;

import ij.ImagePlus;
import ij.macro.Interpreter;
import org.neuralij.task.StyleOptimization;

import java.awt.GraphicsEnvironment;

/** The window in which Style Transfer... method=optimize shows the image as it improves; none in batch mode or without a display. Closed when done. */
final class StylePreviewWindow implements StyleOptimization.Preview, AutoCloseable {

    private ImagePlus window;

    @Override
    public void show(int iteration, ImagePlus image) {
        if (GraphicsEnvironment.isHeadless() || Interpreter.isBatchMode()) return;
        if (window == null || window.getWindow() == null) {
            window = new ImagePlus(image.getTitle(), image.getProcessor());
            window.show();
        } else {
            window.setProcessor(image.getTitle(), image.getProcessor());
            window.updateAndDraw();
        }
    }

    @Override
    public void close() {
        if (window != null) {
            window.changes = false;
            window.close();
        }
    }
}
