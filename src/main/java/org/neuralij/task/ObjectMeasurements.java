package org.neuralij.task;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.measure.Calibration;
import ij.measure.ResultsTable;
import ij.plugin.filter.ThresholdToSelection;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

import java.util.ArrayList;
import java.util.List;

/**
 * The objects of one plane's label image, measured on the input: area and centroid in the
 * input's calibrated units, mean of the input's (calibrated) values — of its first channel, or
 * the luminance of RGB — and the outline as a ROI on that plane of the input.
 */
final class ObjectMeasurements {

    private ObjectMeasurements() {
    }

    static List<SegmentedObject> measure(int[] labels, int count, ImagePlus input, int z, int t) {
        int width = input.getWidth(), height = input.getHeight();
        int position = input.getStackIndex(1, z + 1, t + 1);
        ImageProcessor pixels = input.getStack().getProcessor(position);
        pixels.setCalibrationTable(input.getCalibration().getCTable());
        long[] area = new long[count + 1];
        double[] sum = new double[count + 1], sumX = new double[count + 1], sumY = new double[count + 1];
        int[][] box = new int[count + 1][];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int label = labels[y * width + x];
                if (label == 0) continue;
                area[label]++;
                sum[label] += pixels.getPixelValue(x, y);
                sumX[label] += x + 0.5;
                sumY[label] += y + 0.5;
                if (box[label] == null) box[label] = new int[] {x, y, x, y};
                box[label][0] = Math.min(box[label][0], x);
                box[label][2] = Math.max(box[label][2], x);
                box[label][3] = y;
            }
        }
        Calibration cal = input.getCalibration();
        List<SegmentedObject> objects = new ArrayList<>();
        for (int label = 1; label <= count; label++) {
            if (area[label] == 0) continue;
            Roi roi = outline(labels, width, label, box[label]);
            roi.setName(String.format("%s%d", input.getStackSize() > 1 ? "z" + (z + 1) + (input.getNFrames() > 1 ? "-t" + (t + 1) : "") + "-" : "", label));
            if (input.isHyperStack()) roi.setPosition(0, z + 1, t + 1);
            else if (input.getStackSize() > 1) roi.setPosition(position);
            objects.add(new SegmentedObject(label, z + 1, t + 1, position, roi, area[label] * cal.pixelWidth * cal.pixelHeight,
                    sum[label] / area[label], cal.getX(sumX[label] / area[label]), cal.getY(sumY[label] / area[label], height)));
        }
        return objects;
    }

    private static Roi outline(int[] labels, int width, int label, int[] box) {
        int w = box[2] - box[0] + 1, h = box[3] - box[1] + 1;
        ByteProcessor mask = new ByteProcessor(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) if (labels[(y + box[1]) * width + x + box[0]] == label) mask.set(x, y, 255);
        }
        mask.setThreshold(255, 255, ImageProcessor.NO_LUT_UPDATE);
        Roi roi = new ThresholdToSelection().convert(mask);
        roi.setLocation(roi.getXBase() + box[0], roi.getYBase() + box[1]);
        return roi;
    }

    /**
     * One row per object, whose row label (ImageJ's own "Label" column) is the outline's name: Object (its number in
     * the label image), Slice, Frame, Area, Mean, X, Y.
     */
    static ResultsTable table(List<SegmentedObject> objects) {
        ResultsTable table = new ResultsTable();
        for (SegmentedObject object : objects) {
            table.incrementCounter();
            table.addValue("Object", object.label());
            table.addValue("Slice", object.slice());
            table.addValue("Frame", object.frame());
            table.addValue("Area", object.area());
            table.addValue("Mean", object.mean());
            table.addValue("X", object.x());
            table.addValue("Y", object.y());
            table.addLabel(object.roi().getName());
        }
        return table;
    }
}
