package org.neuralij.ij;

import org.neuralij.model.ModelRegistry;
import org.neuralij.task.CommonKeys;
import org.neuralij.task.train.TrainKeys;
import org.neuralij.task.train.TrainModel;
import org.neuralij.task.train.TrainingProgress;
import org.neuralij.task.train.TrainRequest;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import java.io.File;
import java.io.IOException;
import java.util.Map;

/**
 * Train Model as a SciJava command for scripts and headless use; its fields are named as {@link TrainKeys}' keys (tested), and
 * it returns the folder of the trained model. A thread interrupt stops it with a checkpoint.
 */
@Plugin(type = Command.class, headless = true, label = "Train Model")
public class TrainModelCommand implements Command {

    @Parameter(label = "Task", choices = {"denoise", "restore", "segment", "translate", "style", "super-resolution", "colorize", "inpaint", "generate"})
    private String task = "denoise";
    @Parameter(label = "Images (folder)", style = "directory")
    private File images;
    @Parameter(label = "Targets or masks (folder)", style = "directory", required = false)
    private File targets;
    @Parameter(label = "Domain B (folder, task=translate)", style = "directory", required = false)
    private File domain_b; // named as the macro key domain_b=
    @Parameter(label = "Style image (task=style)", style = "file", required = false)
    private File style;
    @Parameter(label = "Feature network (task=style, loss=feature: VGG TorchScript file or model name, empty = built-in)", required = false)
    private String features = "";
    @Parameter(label = "Crappify", required = false)
    private String crappify = "";
    @Parameter(label = "Augment (empty = the task's default, none = off)", required = false)
    private String augment = "";
    @Parameter(label = "Architecture (empty = the task's; dncnn, unet, unet-attention, sr-resnet)", required = false)
    private String architecture = "";
    @Parameter(label = "Loss (empty = the task's default)", required = false)
    private String loss = "";
    @Parameter(label = "Epochs", min = "1")
    private int epochs = TrainKeys.EPOCHS.defaultValue();
    @Parameter(label = "Steps per epoch (0 = automatic)", min = "0")
    private int steps;
    @Parameter(label = "Batch", min = "1")
    private int batch = TrainKeys.BATCH.defaultValue();
    @Parameter(label = "Patch", min = "8")
    private int patch = TrainKeys.PATCH.defaultValue();
    @Parameter(label = "Learning rate (0 = the task's default)")
    private double lr;
    @Parameter(label = "Base model", required = false)
    private String base = "";
    @Parameter(label = "Name")
    private String name;
    @Parameter(label = "Validation fraction")
    private double validation = TrainKeys.VALIDATION.defaultValue();
    @Parameter(label = "Seed")
    private long seed = TrainKeys.SEED.defaultValue();
    @Parameter(label = "Adversarial (NoGAN) steps after training, 0 = none", min = "0")
    private int gan;
    @Parameter(label = "Average the weights of the last epochs (SWA), 0 = off", min = "0")
    private int swa;
    @Parameter(label = "Scale (task=super-resolution: 2, 4 or 8; 0 = 2)", min = "0")
    private int scale;
    @Parameter(label = "Identity loss weight (task=translate: x cycle weight; 0 for domains of other brightness)", min = "0")
    private double identity = TrainKeys.IDENTITY.defaultValue();
    @Parameter(label = "Device", choices = {"auto", "cpu", "gpu"})
    private String device = "auto";

    @Parameter(type = ItemIO.OUTPUT)
    private File model;

    @Override
    public void run() {
        SciJavaKeys keys = SciJavaKeys.read(this, TrainKeys.ALL, Map.of());
        TrainRequest request = TrainKeys.request(keys.values());
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            model = new TrainModel(ModelRegistry.standard()).train(request, keys.values().get(CommonKeys.DEVICE), TrainingProgress.NONE).folder().toFile();
        } catch (IOException failure) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }
}
