package org.neuralij.ij;

import ij.gui.Roi;
import ij.measure.ResultsTable;
import org.neuralij.task.ImageCommand;
import org.neuralij.task.Segment;
import org.neuralij.task.Segmentation;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Segment as a SciJava command, for scripts and headless use
 * ({@code commandService.run(SegmentCommand.class, true, "input", imp, "output", "rois")}). Outputs: {@code result}, the label
 * or probability image; for {@code rois} also {@code rois} (the outlines) and {@code table} (one row per object), which need
 * no display. The menu entry comes from plugins.config.
 */
@Plugin(type = Command.class, headless = true, label = "Segment")
public class SegmentCommand extends ModelCommandBase {

    @Parameter(label = "Model", persist = false)
    private String model = Segment.DEFAULT_MODEL;

    @Parameter(label = "Output", choices = {"labels", "probabilities", "rois"})
    private String output = "labels";

    @Parameter(type = ItemIO.OUTPUT, required = false)
    private Roi[] rois;

    @Parameter(type = ItemIO.OUTPUT, required = false)
    private ResultsTable table;

    @Override
    protected ImageCommand<?> command() {
        return Segment.COMMAND;
    }

    @Override
    protected void publish(Object given) {
        Segmentation segmentation = (Segmentation) given;
        result = segmentation.image();
        rois = segmentation.rois();
        table = segmentation.table();
    }
}
