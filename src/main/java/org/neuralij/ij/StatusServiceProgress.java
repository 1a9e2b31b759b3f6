package org.neuralij.ij;

import org.neuralij.task.TaskProgress;
import org.scijava.app.StatusService;

/** Progress through SciJava's status service (Fiji's status bar, or the log when headless); a thread interrupt cancels. */
final class StatusServiceProgress implements TaskProgress {

    private static final int STEPS = 1000;
    private final StatusService status;
    private String message = "";

    StatusServiceProgress(StatusService status) {
        this.status = status;
    }

    @Override
    public void status(String text) {
        message = text;
        if (status != null) status.showStatus(text);
    }

    @Override
    public void progress(double fraction) {
        if (status != null) status.showStatus((int) Math.round(fraction * STEPS), STEPS, message);
    }

    @Override
    public boolean isCancelled() {
        return Thread.currentThread().isInterrupted();
    }
}
