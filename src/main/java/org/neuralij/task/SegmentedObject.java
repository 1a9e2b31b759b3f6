package org.neuralij.task;

import ij.gui.Roi;

/**
 * One object found by Segment: its label in its plane, the plane (slice z and frame t from 1,
 * and ImageJ's stack position), its outline as a ROI placed on that plane, its calibrated area,
 * mean intensity of the input there, and centroid in calibrated units.
 */
public record SegmentedObject(int label, int slice, int frame, int position, Roi roi, double area, double mean, double x, double y) {
}
