package org.neuralij.ij;

import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;

/**
 * Reports a failure to the user. A calling macro is stopped quietly (no modal error window, which
 * would hang a batch run) so that it does not go on with a missing result; the message goes to
 * the Log, which batch runs print. With {@code -Dneuralij.exitOnFailure=true} (set by
 * {@code bin/imagej}; for Fiji's headless mode, give it to the launcher) a failure in a macro ends the
 * JVM with exit status 1, so that a script running ImageJ sees it.
 */
final class UserMessages {

    static final String EXIT_ON_FAILURE = "neuralij.exitOnFailure";
    static final int FAILURE_STATUS = 1;

    private UserMessages() {
    }

    static void fail(String command, Throwable failure) {
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        IJ.log("NeuralIJ " + command + ": " + message);
        if (Macro.getOptions() != null || Interpreter.isBatchMode()) {
            IJ.showStatus(command + " failed");
            if (Boolean.getBoolean(EXIT_ON_FAILURE)) {
                System.out.flush();
                System.exit(FAILURE_STATUS);
            }
            Interpreter.abort();
        } else {
            IJ.error("NeuralIJ " + command, message);
        }
    }
}
