package org.neuralij.ij;

import ij.IJ;
import org.neuralij.task.TaskProgress;

/** Progress in ImageJ's status bar and progress bar, notices in the Log (which batch runs print); Esc cancels. */
final class ImageJProgress implements TaskProgress {

    @Override
    public void status(String message) {
        IJ.showStatus(message);
    }

    @Override
    public void notice(String message) {
        IJ.log("NeuralIJ: " + message);
        IJ.showStatus(message);
    }

    @Override
    public void progress(double fraction) {
        IJ.showProgress(fraction);
    }

    @Override
    public boolean isCancelled() {
        return IJ.escapePressed() || Thread.currentThread().isInterrupted();
    }
}
