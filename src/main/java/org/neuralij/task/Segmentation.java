package org.neuralij.task;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.measure.ResultsTable;

import java.util.List;

/**
 * What Segment made: the result image (labels or probabilities; for {@code rois}, the labels
 * the objects come from) and, for {@code rois}, the objects with their outlines and measurements.
 */
public record Segmentation(ImagePlus image, List<SegmentedObject> objects) {

    public Roi[] rois() {
        return objects.stream().map(SegmentedObject::roi).toArray(Roi[]::new);
    }

    /** One row per object (Label, Slice, Frame, Area, Mean, X, Y), each row labelled with its ROI's name. */
    public ResultsTable table() {
        return ObjectMeasurements.table(objects);
    }
}
