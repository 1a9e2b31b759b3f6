package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import ij.plugin.filter.Analyzer;
import ij.plugin.frame.RoiManager;
import org.neuralij.image.tiling.TilingCancelledException;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.ModelRegistry;
import org.neuralij.task.Segment;
import org.neuralij.task.SegmentOutput;
import org.neuralij.task.Segmentation;
import org.neuralij.task.SegmentedObject;

import java.awt.GraphicsEnvironment;
import java.util.Arrays;

/**
 * Plugins › NeuralIJ › Segment... for ImageJ 1.x and Fiji. Macro keys: model (default
 * segment-nuclei), output (labels, probabilities or rois), tile, overlap, device. labels and
 * probabilities open a new image; rois adds the objects to the ROI Manager (its hidden one in a
 * batch-mode macro) and fills the Results table with one row per object.
 */
public class SegmentPlugin implements PlugIn {

    static final String[] OUTPUTS = Arrays.stream(SegmentOutput.values()).map(SegmentOutput::key).toArray(String[]::new);

    @Override
    public void run(String arg) {
        ImagePlus input = WindowManager.getCurrentImage();
        if (input == null) {
            UserMessages.fail("Segment", new IllegalArgumentException("There is no image: open one first."));
            return;
        }
        try (PluginClassLoaderScope ignored = new PluginClassLoaderScope()) {
            ModelRegistry registry = ModelRegistry.standard();
            OutputKey output = new OutputKey();
            RunModelPlugin.RunModelRequest request = RunModelPlugin.RunModelRequest.ask(registry, Segment.DEFAULT_MODEL, output);
            if (request == null) return;
            Segmentation result = new Segment(registry).run(input, request.model(), output.value, request.tiling(), request.device(), new ImageJProgress());
            if (output.value == SegmentOutput.ROIS) {
                showObjects(input, result);
            } else {
                result.image().show();
                IJ.showStatus(result.image().getTitle() + " done");
            }
        } catch (TilingCancelledException cancelled) {
            IJ.showStatus("Segment cancelled: no result was made.");
            IJ.showProgress(1.0);
        } catch (Exception | OutOfMemoryError failure) {
            IJ.showProgress(1.0);
            UserMessages.fail("Segment", failure);
        }
    }

    /**
     * The ROI Manager gets the outlines (replacing what it held), the Results table one row per object, the Log the count.
     * Without a display (java.awt.headless) the ROI Manager cannot open: the table and the count are still given.
     */
    private static void showObjects(ImagePlus input, Segmentation result) {
        if (GraphicsEnvironment.isHeadless()) {
            IJ.log("Segment: the ROI Manager cannot open without a display, so the outlines were not added to it; the SciJava command "
                    + "org.neuralij.ij.SegmentCommand gives them as its 'rois' output.");
        } else {
            RoiManager manager = Interpreter.isBatchMode() ? Interpreter.getBatchModeRoiManager() : null;
            if (manager == null) manager = RoiManager.getRoiManager();
            manager.reset();
            for (SegmentedObject object : result.objects()) manager.add(object.roi(), -1);
        }
        ResultsTable table = result.table();
        Analyzer.setResultsTable(table);
        table.show("Results");
        IJ.log("Segment: " + result.objects().size() + " objects in " + input.getTitle());
        IJ.showStatus("Segment: " + result.objects().size() + " objects");
    }

    /** The output key, and a dialog that offers only segmentation models. */
    private static final class OutputKey implements RunModelPlugin.ExtraKeys {
        SegmentOutput value = SegmentOutput.LABELS;

        @Override
        public boolean offers(ModelManifest manifest) {
            return Segment.TASK.equals(manifest.task());
        }

        @Override
        public void add(GenericDialog dialog) {
            dialog.addChoice("Output", OUTPUTS, value.key());
        }

        @Override
        public void read(GenericDialog dialog) {
            value = SegmentOutput.of(dialog.getNextChoice());
        }

        @Override
        public void read(PluginOptions macro) {
            value = SegmentOutput.of(macro.text("output", value.key()));
        }
    }
}
