package org.neuralij.ij;

import ij.IJ;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.train.NativeMemorySettings;
import org.neuralij.task.train.TrainModel;
import org.neuralij.task.train.TrainRequest;
import org.neuralij.train.loop.TrainingDivergedException;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Plugins › NeuralIJ › Train Model...: trains or fine-tunes a model on the user's image folders.
 * From a macro it runs to the end (or to Esc) and returns; from the menu it runs in the
 * background with a loss plot, a preview and a Stop button. Started again with the same
 * name, it resumes from the last checkpoint.
 */
public class TrainModelPlugin implements PlugIn {

    static final String[] TASKS = {"denoise", "restore", "segment", "translate", "style", "super-resolution", "colorize", "inpaint"};
    static final String[] ARCHITECTURES = {"dncnn", "unet", "unet-attention", "sr-resnet"};

    @Override
    public void run(String arg) {
        PluginOptions macro = PluginOptions.fromMacro();
        try {
            TrainRequest request = macro != null ? fromMacro(macro) : fromDialog();
            if (request == null) return;
            String device = macro != null ? macro.text("device", "auto") : "auto";
            if (macro != null) {
                train(request, device, new TrainingMonitor(request.name(), false));
            } else {
                Thread background = new Thread(() -> trainReportingFailures(request, device), "NeuralIJ training " + request.name());
                background.start();
            }
        } catch (Exception failure) {
            UserMessages.fail("Train Model", failure);
        }
    }

    private static void trainReportingFailures(TrainRequest request, String device) {
        try {
            train(request, device, new TrainingMonitor(request.name(), true));
        } catch (Exception | OutOfMemoryError failure) {
            UserMessages.fail("Train Model", failure);
        }
    }

    private static void train(TrainRequest request, String device, TrainingMonitor monitor) throws Exception {
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope(); monitor) {
            String memoryHint = NativeMemorySettings.hintForThisProcess();
            if (!memoryHint.isEmpty()) IJ.log("NeuralIJ: " + memoryHint);
            TrainModel.Outcome outcome = new TrainModel(ModelRegistry.standard()).train(request, device, monitor);
            if (!outcome.deviceMessage().isEmpty()) IJ.log("NeuralIJ: " + outcome.deviceMessage());
            monitor.finished(outcome);
        } catch (TrainingDivergedException diverged) {
            throw new IllegalStateException(diverged.getMessage(), diverged);
        }
    }

    private static TrainRequest fromMacro(PluginOptions macro) {
        String targets = macro.text("masks", macro.text("targets", ""));
        return TrainRequest.builder(macro.text("task", "denoise"), Paths.get(macro.text("images", "")), macro.text("name", ""))
                .targets(folderOrNull(targets)).domainB(folderOrNull(macro.text("domain_b", ""))).crappify(macro.text("crappify", ""))
                .style(folderOrNull(macro.text("style", ""))).features(macro.text("features", ""))
                .architecture(macro.text("architecture", "")).loss(macro.text("loss", ""))
                .epochs(macro.integer("epochs", 10)).steps(macro.integer("steps", 0)).batch(macro.integer("batch", 8))
                .patch(macro.integer("patch", 64)).learningRate(taskDefaultIfZero(macro.number("lr", 0))).base(macro.text("base", ""))
                .validation(macro.number("validation", 0.1)).seed(macro.integer("seed", 42)).gan(macro.integer("gan", 0)).swa(macro.integer("swa", 0))
                .scale(macro.integer("scale", 0)).identity(macro.number("identity", Double.NaN))
                .build();
    }

    private static Path folderOrNull(String path) {
        return path.isEmpty() ? null : Paths.get(path);
    }

    /** The dialog's next number if it applies to the task, else the key's "not given". */
    private static double read(GenericDialog dialog, boolean applies, double notGiven) {
        double value = dialog.getNextNumber();
        return applies ? value : notGiven;
    }

    /** lr=0 (or no lr=) asks for the task's learning rate: 1e-3, or CycleGAN's 2e-4 for translate. */
    private static float taskDefaultIfZero(double learningRate) {
        return learningRate == 0 ? Float.NaN : (float) learningRate;
    }

    private static TrainRequest fromDialog() {
        GenericDialog dialog = new GenericDialog("Train NeuralIJ Model");
        dialog.addChoice("Task", TASKS, "denoise");
        dialog.addDirectoryField("Images (folder)", "");
        dialog.addDirectoryField("Targets or masks (folder, empty = made by crappify)", "");
        // the label's first word is the macro key the recorder writes: domain_b=
        dialog.addDirectoryField("Domain_B (folder of domain B's images, task=translate only)", "");
        dialog.addFileField("Style (image file, task=style only)", "");
        dialog.addStringField("Crappify (empty = default for the task)", "", 30);
        dialog.addChoice("Architecture", ARCHITECTURES, "dncnn");
        dialog.addStringField("Loss (empty = the task's default)", "", 20);
        dialog.addNumericField("Epochs", 10, 0);
        dialog.addNumericField("Batch", 8, 0);
        dialog.addNumericField("Patch", 64, 0, 6, "pixels");
        dialog.addNumericField("Lr (maximum learning rate, 0 = the task's default)", 0, 5);
        dialog.addStringField("Base model to fine-tune (empty = none)", "", 20);
        dialog.addStringField("Name of the new model", "my-model", 20);
        dialog.addNumericField("Validation (fraction of images)", 0.1, 2);
        dialog.addNumericField("Scale (task=super-resolution: 2, 4 or 8)", 2, 0);
        dialog.addNumericField("Identity (task=translate: identity loss x cycle weight; 0 for domains of other brightness)", TrainRequest.DEFAULT_IDENTITY, 2);
        dialog.showDialog();
        if (dialog.wasCanceled()) return null;
        String task = dialog.getNextChoice();
        String images = dialog.getNextString().trim();
        String targets = dialog.getNextString().trim();
        String domainB = dialog.getNextString().trim();
        String style = dialog.getNextString().trim();
        String crappify = dialog.getNextString();
        String architecture = dialog.getNextChoice();
        String loss = dialog.getNextString();
        int epochs = (int) dialog.getNextNumber();
        int batch = (int) dialog.getNextNumber();
        int patch = (int) dialog.getNextNumber();
        float learningRate = taskDefaultIfZero(dialog.getNextNumber());
        String base = dialog.getNextString().trim();
        String name = dialog.getNextString().trim();
        return TrainRequest.builder(task, Paths.get(images), name).targets(folderOrNull(targets)).domainB(folderOrNull(domainB))
                .style(folderOrNull(style)).crappify(crappify).architecture("translate".equals(task) || "style".equals(task) ? "" : architecture).loss(loss).epochs(epochs).batch(batch).patch(patch)
                .learningRate(learningRate).base(base).validation(dialog.getNextNumber())
                .scale((int) read(dialog, "super-resolution".equals(task), 0)).identity(read(dialog, "translate".equals(task), Double.NaN)).build();
    }
}
