package org.neuralij.ij;

import org.neuralij.task.TaskProgress;
import org.scijava.app.StatusService;
import org.scijava.log.LogService;

/** Progress through SciJava's status service (Fiji's status bar, or the log when headless), notices to its log; a thread interrupt cancels. */
final class StatusServiceProgress implements TaskProgress {

    private static final int STEPS = 1000;
    private final StatusService status;
    private final LogService log;
    private String message = "";

    StatusServiceProgress(StatusService status, LogService log) {
        this.status = status;
        this.log = log;
    }

    @Override
    public void notice(String text) {
        if (log != null) log.warn("NeuralIJ: " + text);
        else System.err.println("NeuralIJ: " + text);
        status(text);
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
