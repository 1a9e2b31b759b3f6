package org.neuralij.ij;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Segment's SciJava command without a display (this JVM is headless): labels, ROIs and table as outputs. */
class SegmentCommandTest {

    @Test
    void theCommandGivesLabelsRoisAndTableWithoutADisplay() throws Exception {
        ImagePlus input = IJ.openImage("test-images/nuclei.tif");
        int trueNuclei = (int) IJ.openImage("test-images/nuclei-true-labels.tif").getStatistics().max;
        try (Context context = new Context(CommandService.class)) {
            CommandModule module = context.service(CommandService.class).run(SegmentCommand.class, true,
                    "input", input, "model", "models/segment-nuclei", "output", "rois", "tile", 0, "overlap", 0, "device", "cpu").get();
            ImagePlus labels = (ImagePlus) module.getOutput("result");
            Roi[] rois = (Roi[]) module.getOutput("rois");
            ResultsTable table = (ResultsTable) module.getOutput("table");
            assertEquals(16, labels.getBitDepth());
            assertEquals(256, labels.getWidth());
            int objects = (int) labels.getStatistics().max;
            assertTrue(Math.abs(objects - trueNuclei) <= trueNuclei / 5, objects + " objects for " + trueNuclei + " nuclei");
            assertEquals(objects, rois.length);
            assertEquals(objects, table.size());
            assertTrue(table.getValue("Mean", 0) > 40, "nuclei are brighter than the background: " + table.getValue("Mean", 0));
        }
    }
}
