package org.neuralij.ij;

import ij.IJ;
import ij.plugin.PlugIn;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.CommonKeys;
import org.neuralij.task.ModelRequirement;
import org.neuralij.task.keys.KeyValues;
import org.neuralij.task.train.NativeMemorySettings;
import org.neuralij.task.train.TrainKeys;
import org.neuralij.task.train.TrainModel;
import org.neuralij.task.train.TrainRequest;


/**
 * Plugins › NeuralIJ › Train Model...: trains or fine-tunes a model on the user's image folders.
 * From a macro it runs to the end (or to Esc) and returns; from the menu it runs in the
 * background with a loss plot, a preview and a Stop button. Started again with the same
 * name, it resumes from the last checkpoint.
 */
public class TrainModelPlugin implements PlugIn {

    @Override
    public void run(String arg) {
        String options = MacroKeys.options();
        try {
            KeyValues values = options != null ? MacroKeys.read(TrainKeys.ALL, options)
                    : KeyDialog.ask("Train NeuralIJ Model", TrainKeys.ALL, ModelRequirement.ANY, null, ModelRegistry.standard());
            if (values == null) return;
            TrainRequest request = TrainKeys.request(values);
            String device = values.get(CommonKeys.DEVICE);
            if (options != null) {
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
        }
    }
}
