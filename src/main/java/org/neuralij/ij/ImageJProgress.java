package org.neuralij.ij;

import ij.IJ;
import org.neuralij.task.TaskProgress;

/** Progress in ImageJ's status bar and progress bar; Esc cancels. */
final class ImageJProgress implements TaskProgress {

    @Override
    public void status(String message) {
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
