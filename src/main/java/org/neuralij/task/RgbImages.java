package org.neuralij.task;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ImageProcessor;

import java.util.List;
import java.util.Locale;

/**
 * Style transfer paints in colour: its images are taken as RGB. A gray image (8, 16 or 32-bit) is
 * used through its display range, as Image › Type › RGB Color does, and a note says so; an image
 * of several channels is refused with what to do. The image itself is never changed.
 */
final class RgbImages {

    private RgbImages() {
    }

    /** Every plane as RGB: the image itself when it is RGB, else a new RGB image of the same dimensions, title and calibration. */
    static ImagePlus rgb(ImagePlus image, String role, List<String> notes) {
        if (!needsConversion(image, role, notes)) return image;
        ImageStack planes = image.getStack();
        ImageStack rgb = new ImageStack(image.getWidth(), image.getHeight());
        for (int plane = 1; plane <= planes.getSize(); plane++) {
            rgb.addSlice(planes.getSliceLabel(plane), withDisplayRange(planes.getProcessor(plane), image).convertToRGB());
        }
        ImagePlus result = new ImagePlus(image.getTitle(), rgb);
        result.setDimensions(1, image.getNSlices(), image.getNFrames());
        if (image.isHyperStack()) result.setOpenAsHyperStack(true);
        result.setCalibration(image.getCalibration().copy());
        result.getCalibration().disableDensityCalibration();
        return result;
    }

    /** The plane on display (current slice and frame) as RGB. */
    static ImageProcessor currentPlane(ImagePlus image, String role, List<String> notes) {
        boolean convert = needsConversion(image, role, notes);
        if (image.getNSlices() * image.getNFrames() > 1) {
            notes.add(String.format(Locale.ROOT, "The %s '%s' is a stack: its current plane (slice %d, frame %d) is used.", role, image.getTitle(),
                    image.getZ(), image.getT()));
        }
        ImageProcessor plane = image.getProcessor();
        return convert ? withDisplayRange(plane, image).convertToRGB() : plane.duplicate();
    }

    private static boolean needsConversion(ImagePlus image, String role, List<String> notes) {
        if (image.getBitDepth() == 24) return false;
        if (image.getNChannels() > 1) {
            throw new IllegalArgumentException("The " + role + " '" + image.getTitle() + "' has " + image.getNChannels()
                    + " channels: style transfer works on RGB or gray images. Make it RGB with Image › Color › Stack to RGB (or pick one channel) first.");
        }
        notes.add(String.format(Locale.ROOT, "The %s '%s' is %d-bit gray: it is used as RGB through its display range (%s-%s), as Image › Type › RGB Color does.",
                role, image.getTitle(), image.getBitDepth(), number(image.getDisplayRangeMin()), number(image.getDisplayRangeMax())));
        return true;
    }

    private static ImageProcessor withDisplayRange(ImageProcessor plane, ImagePlus image) {
        ImageProcessor copy = plane.duplicate();
        if (image.getBitDepth() != 8) copy.setMinAndMax(image.getDisplayRangeMin(), image.getDisplayRangeMax());
        return copy;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.4g", value);
    }
}
