package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;
import ij.plugin.frame.RoiManager;
import org.neuralij.task.ImageCommand;
import org.neuralij.task.Segment;
import org.neuralij.task.SegmentOutput;
import org.neuralij.task.Segmentation;
import org.neuralij.task.SegmentedObject;
import org.neuralij.task.StyleResult;
import org.neuralij.task.Translate;
import org.neuralij.task.Translation;
import org.neuralij.task.keys.KeyValues;

import java.awt.GraphicsEnvironment;
import java.util.Locale;

/** Shows what an image command gave in ImageJ: new images (the last one active), and for some commands a table, ROIs and Log lines. */
final class ResultDisplay {

    static final String L1_COLUMN = "Cycle L1";

    private ResultDisplay() {
    }

    static void show(ImageCommand<?> command, ImagePlus input, KeyValues values, Object result) {
        if (result instanceof ImagePlus image) {
            showImage(image);
        } else if (result instanceof Segmentation segmentation) {
            if (values.get(Segment.OUTPUT) == SegmentOutput.ROIS) showObjects(input, segmentation);
            else showImage(segmentation.image());
        } else if (result instanceof Translation translation) {
            if (translation.hasReconstruction()) showReconstruction(translation, input.getTitle(), values);
            showImage(translation.translated());
        } else if (result instanceof StyleResult painted) {
            painted.notes().forEach(note -> IJ.log("NeuralIJ " + command.title() + ": " + note));
            showImage(painted.image());
        } else {
            throw new IllegalStateException(command.title() + " gave a result ImageJ cannot show: " + result);
        }
    }

    private static void showImage(ImagePlus image) {
        image.show();
        IJ.showStatus(image.getTitle() + " done");
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

    /** The reconstruction opens before the translated image, which stays the active one; its L1 goes to the Results table and the Log. */
    private static void showReconstruction(Translation translation, String input, KeyValues values) {
        translation.reconstruction().show();
        String model = values.get(Translate.MODEL);
        String direction = values.get(Translate.DIRECTION).key();
        ResultsTable table = ResultsTable.getResultsTable();
        table.incrementCounter();
        table.addValue("Image", input);
        table.addValue("Model", model);
        table.addValue("Direction", direction + " and back");
        table.addValue(L1_COLUMN, translation.cycleL1());
        table.show("Results");
        IJ.log(String.format(Locale.ROOT, "Translate (CycleGAN): %s, %s and back with %s: cycle L1 %.4f (mean |reconstruction - input|, "
                + "input normalised to -1..1)", input, direction, model, translation.cycleL1()));
    }
}
