package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Plot;
import ij.process.FloatProcessor;
import org.neuralij.image.Preview;
import org.neuralij.task.train.EpochSummary;
import org.neuralij.task.train.TrainModel;
import org.neuralij.task.train.TrainingProgress;

import java.awt.Button;
import java.awt.Frame;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shows a training to the user: status bar with step, loss and time left; a Log line per
 * epoch; and, when started from the menu, a live plot of training and validation loss, a
 * preview of the network's output on a fixed validation patch, and a Stop button. Esc stops
 * too. A stop writes a checkpoint; the same command with the same name resumes.
 */
final class TrainingMonitor implements TrainingProgress, AutoCloseable {

    private final String name;
    private final boolean interactive;
    private final List<Double> training = new ArrayList<>();
    private final List<Double> validation = new ArrayList<>();
    private volatile boolean stop;
    private Frame stopWindow;
    private ImagePlus plotImage;
    private ImagePlus preview;

    TrainingMonitor(String name, boolean interactive) {
        this.name = name;
        this.interactive = interactive;
        if (interactive) openStopWindow();
    }

    private void openStopWindow() {
        stopWindow = new Frame("Training " + name);
        Button button = new Button("Stop training (resume later with the same name)");
        button.addActionListener(event -> stop = true);
        stopWindow.add(button);
        stopWindow.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                stop = true;
            }
        });
        stopWindow.pack();
        stopWindow.setVisible(true);
    }

    @Override
    public void stepDone(int step, int totalSteps, double loss, double secondsLeft) {
        IJ.showStatus(String.format(Locale.ROOT, "Training %s: step %d/%d, loss %.4f, about %.0f min left", name, step, totalSteps, loss, secondsLeft / 60));
        IJ.showProgress(step, totalSteps);
    }

    @Override
    public void notice(String message) {
        IJ.log("NeuralIJ " + name + ": " + message);
    }

    @Override
    public void epochDone(EpochSummary record, int epochs, Preview previewImage) {
        training.add(record.trainingLoss());
        validation.add(record.validationLoss());
        IJ.log(String.format(Locale.ROOT, "NeuralIJ %s: epoch %d/%d, training loss %.5f, validation %.5f, %.0f s",
                name, record.epoch(), epochs, record.trainingLoss(), record.validationLoss(), record.seconds()));
        if (interactive) {
            showPlot();
            if (previewImage != null) showPreview(previewImage);
        }
    }

    private void showPlot() {
        double[] epochs = new double[training.size()];
        for (int i = 0; i < epochs.length; i++) epochs[i] = i + 1;
        Plot plot = new Plot("Loss of " + name, "epoch", "loss");
        plot.setColor("blue");
        plot.addPoints(epochs, training.stream().mapToDouble(Double::doubleValue).toArray(), Plot.LINE);
        plot.setColor("red");
        plot.addPoints(epochs, validation.stream().mapToDouble(Double::doubleValue).toArray(), Plot.LINE);
        plot.addLegend("training\nvalidation");
        plot.setLimitsToFit(false);
        ImagePlus image = plot.getImagePlus();
        if (plotImage == null || plotImage.getWindow() == null) {
            plotImage = image;
            plotImage.show();
        } else {
            plotImage.setProcessor(image.getProcessor());
        }
    }

    /** One channel as an image, several as a stack of channels (a CycleGAN grid of RGB patches). */
    private void showPreview(Preview image) {
        ImageStack stack = new ImageStack(image.width(), image.height());
        for (int c = 0; c < image.channels(); c++) {
            FloatProcessor processor = new FloatProcessor(image.width(), image.height(), image.plane(c));
            processor.resetMinAndMax();
            stack.addSlice("channel " + (c + 1), processor);
        }
        if (preview == null || preview.getWindow() == null || preview.getStackSize() != stack.getSize()
                || preview.getWidth() != image.width() || preview.getHeight() != image.height()) {
            if (preview != null && preview.getWindow() != null) preview.close();
            preview = new ImagePlus("Preview of " + name, stack);
            preview.show();
        } else {
            preview.setStack(stack);
        }
    }

    /** The ImageJ image showing the preview, null before the first epoch (for tests). */
    ImagePlus previewImage() {
        return preview;
    }

    void finished(TrainModel.Outcome outcome) {
        String result = outcome.epochsDone() == 0 ? "no epoch finished yet"
                : outcome.quality() != null ? "latest model: " + outcome.quality()
                : String.format(Locale.ROOT, "best validation loss %.5f against %.5f for the unchanged input", outcome.bestValidationLoss(), outcome.inputBaseline());
        String divergences = outcome.divergences() == 0 ? ""
                : "; the loss became NaN or infinite " + outcome.divergences() + " time(s) and the training went back to its last checkpoint (see training.csv)";
        String where = outcome.modelSaved() ? "; model in " + outcome.folder() : "; no model was saved (no epoch gave a finite validation loss)";
        IJ.log("NeuralIJ " + name + ": " + (stop ? "stopped at step " + outcome.lastStep() + " (same command and name resumes); " : "finished; ")
                + result + divergences + where);
        IJ.showStatus("Training " + name + (stop ? " stopped" : " finished"));
        IJ.showProgress(1.0);
    }

    @Override
    public boolean stopRequested() {
        if (IJ.escapePressed()) stop = true;
        return stop || Thread.currentThread().isInterrupted();
    }

    @Override
    public void close() {
        if (stopWindow != null) stopWindow.dispose();
    }
}
