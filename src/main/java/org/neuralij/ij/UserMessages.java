package org.neuralij.ij;

import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;

/**
 * Reports a failure to the user. A calling macro is stopped quietly (no modal error window, which
 * would hang a batch run) so that it does not go on with a missing result; the message goes to
 * the Log, which batch runs print.
 */
final class UserMessages {

    private UserMessages() {
    }

    static void fail(String command, Throwable failure) {
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        IJ.log("NeuralIJ " + command + ": " + message);
        if (Macro.getOptions() != null) {
            IJ.showStatus(command + " failed");
            Interpreter.abort();
        } else {
            IJ.error("NeuralIJ " + command, message);
        }
    }
}
