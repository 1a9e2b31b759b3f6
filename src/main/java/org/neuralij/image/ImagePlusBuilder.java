package org.neuralij.image;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ImageProcessor;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.view.Views;

/** Copies a 2- to 5-D X, Y[, C[, Z[, T]]] image into a new ImagePlus. */
final class ImagePlusBuilder {

    private static final int MAX_DIMENSIONS = 5;

    private ImagePlusBuilder() {
    }

    static <T> ImagePlus build(RandomAccessibleInterval<T> source, String title, Calibration calibration) {
        HyperstackShape shape = shapeOf(source);
        PlaneWriter<T> writer = PlaneWriter.forType(source.getType());
        // Flat iteration runs X fastest, then Y, C, Z, T: exactly ImageJ's plane order.
        Cursor<T> cursor = Views.flatIterable(source).cursor();
        ImageStack stack = new ImageStack(shape.width(), shape.height());
        for (int p = 0; p < shape.planeCount(); p++) {
            ImageProcessor plane = writer.newPlane(shape.width(), shape.height());
            for (int i = 0; i < shape.planeSize(); i++) {
                writer.set(plane, i, cursor.next());
            }
            stack.addSlice(null, plane);
        }
        ImagePlus imp = new ImagePlus(title, stack);
        imp.setDimensions(shape.channels(), shape.slices(), shape.frames());
        if (countAboveOne(shape.channels(), shape.slices(), shape.frames()) > 1) {
            imp.setOpenAsHyperStack(true);
        }
        if (calibration != null) {
            imp.setCalibration(calibration.copy());
        }
        return imp;
    }

    private static HyperstackShape shapeOf(RandomAccessibleInterval<?> source) {
        int n = source.numDimensions();
        if (n < 2 || n > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("Cannot make an ImageJ image from " + n
                    + "-D data: expected 2 to 5 dimensions ordered X, Y[, C[, Z[, T]]].");
        }
        long[] size = {1, 1, 1, 1, 1};
        for (int d = 0; d < n; d++) {
            size[d] = source.dimension(d);
        }
        long planeSize = size[0] * size[1];
        long planeCount = size[2] * size[3] * size[4];
        if (planeSize == 0 || planeCount == 0) {
            throw new IllegalArgumentException("Cannot make an ImageJ image from empty data (size 0 along an axis).");
        }
        if (planeSize > Integer.MAX_VALUE || planeCount > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The result is too large for an ImageJ image: planes are limited to "
                    + Integer.MAX_VALUE + " pixels. Process a smaller region.");
        }
        return new HyperstackShape((int) size[0], (int) size[1], (int) size[2], (int) size[3], (int) size[4]);
    }

    private static int countAboveOne(int... sizes) {
        int count = 0;
        for (int s : sizes) {
            if (s > 1) {
                count++;
            }
        }
        return count;
    }
}
