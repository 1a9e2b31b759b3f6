package org.neuralij.ij;

import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import org.neuralij.task.train.EpochSummary;
import org.neuralij.image.Preview;

import java.awt.Button;
import java.awt.Frame;
import java.awt.event.ActionEvent;

/**
 * Started by {@link ImageJTrainingMonitorIT} in its own JVM on a (virtual) display: feeds a
 * training monitor two epochs as a training started from the menu would, presses its Stop
 * button, and prints what a user would see: the loss plot, the preview (a square patch, then a
 * CycleGAN grid of 3 channels), the stop request.
 */
public final class TrainingMonitorCheck {

    public static void main(String[] args) throws Exception {
        new ImageJ(ImageJ.NO_SHOW);
        TrainingMonitor monitor = new TrainingMonitor("demo", true);
        monitor.epochDone(new EpochSummary(1, 0.30, 0.25, 4), 10, Preview.ofSquarePatch(new float[16 * 16]));
        monitor.epochDone(new EpochSummary(2, 0.20, 0.18, 4), 10, Preview.ofSquarePatch(new float[16 * 16]));
        for (int id : WindowManager.getIDList()) {
            ImagePlus image = WindowManager.getImage(id);
            System.out.println("WINDOW " + image.getTitle() + " " + image.getWidth() + "x" + image.getHeight());
        }
        monitor.epochDone(new EpochSummary(3, 0.15, 0.12, 4), 10, new Preview(new float[3 * 66 * 100], 3, 66, 100));
        ImagePlus grid = monitor.previewImage();
        System.out.println("GRID " + grid.getTitle() + " " + grid.getWidth() + "x" + grid.getHeight() + " " + grid.getStackSize() + " channels shown " + (grid.getWindow() != null));
        System.out.println("STOP BEFORE " + monitor.stopRequested());
        for (Frame frame : Frame.getFrames()) {
            if (frame.isShowing() && frame.getTitle().equals("Training demo")) {
                Button stop = (Button) frame.getComponent(0);
                for (var listener : stop.getActionListeners()) listener.actionPerformed(new ActionEvent(stop, ActionEvent.ACTION_PERFORMED, "stop"));
            }
        }
        System.out.println("STOP AFTER " + monitor.stopRequested());
        System.out.println("LOG " + ij.IJ.getLog());
        monitor.close();
        System.exit(0);
    }
}
