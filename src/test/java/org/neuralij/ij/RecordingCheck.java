package org.neuralij.ij;

import ij.Executer;
import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;

import java.awt.Window;
import java.awt.event.ActionEvent;

/**
 * Started by {@link ImageJRecorderIT} in its own JVM on a (virtual) display: opens ImageJ with
 * the macro recorder, runs Plugins › NeuralIJ › Run Model... (or the command of -Dneuralij.recorded.command) as a menu click does (through an
 * {@link Executer}, which is what records commands),
 * presses OK in its dialog, and prints what the recorder wrote and which image is active.
 */
public final class RecordingCheck {

    public static void main(String[] args) throws Exception {
        new ImageJ(ImageJ.NO_SHOW);
        new Recorder(false);
        Recorder.record = true;
        ImagePlus probe = IJ.createImage("probe", "8-bit ramp", 64, 48, 1);
        probe.show();
        Thread pressOk = new Thread(RecordingCheck::pressOkWhenTheDialogOpens);
        pressOk.setDaemon(true);
        pressOk.start();
        String command = System.getProperty("neuralij.recorded.command", "Run Model...");
        new Executer(command, probe);
        for (int wait = 0; wait < 600 && !Recorder.getInstance().getText().contains(command); wait++) IJ.wait(100);
        System.out.println("RECORDED<<" + Recorder.getInstance().getText() + ">>");
        System.out.println("ACTIVE " + WindowManager.getCurrentImage().getTitle());
        System.exit(0);
    }

    private static void pressOkWhenTheDialogOpens() {
        for (int attempt = 0; attempt < 600; attempt++) {
            for (Window window : Window.getWindows()) {
                if (window instanceof GenericDialog dialog && window.isShowing() && dialog.getTitle().startsWith("NeuralIJ")) {
                    dialog.actionPerformed(new ActionEvent(dialog.getButtons()[0], ActionEvent.ACTION_PERFORMED, "OK"));
                    return;
                }
            }
            IJ.wait(100);
        }
    }
}
