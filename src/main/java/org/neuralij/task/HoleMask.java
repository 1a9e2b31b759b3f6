package org.neuralij.task;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

/**
 * The pixels to fill, the same for every slice and frame: the inside of an area selection (any
 * shape: rectangle, oval, polygon, freehand, composite), or the non-zero pixels of a mask image
 * of the same size (its current slice).
 */
public final class HoleMask {

    private final boolean[] hole;
    private final int width;
    private final int height;
    private final int count;

    private HoleMask(boolean[] hole, int width, int height) {
        this.hole = hole;
        this.width = width;
        this.height = height;
        int n = 0;
        for (boolean h : hole) if (h) n++;
        this.count = n;
    }

    public static HoleMask of(boolean[] hole, int width, int height) {
        if (hole.length != width * height) throw new IllegalArgumentException("A hole mask of " + width + "×" + height + " needs " + width * height + " values.");
        HoleMask mask = new HoleMask(hole.clone(), width, height);
        if (mask.count == 0) throw new IllegalArgumentException("The hole mask is empty: there is nothing to fill.");
        return mask;
    }

    /** The inside of the image's selection. */
    public static HoleMask fromSelection(ImagePlus image) {
        Roi roi = image.getRoi();
        if (roi == null) {
            throw new IllegalArgumentException("There is no selection on '" + image.getTitle() + "': draw the area to fill (rectangle, oval, polygon, "
                    + "freehand or composite selection), or give mask=[title of a mask image] whose white (non-zero) pixels mark the holes.");
        }
        if (!roi.isArea()) {
            throw new IllegalArgumentException("The selection on '" + image.getTitle() + "' is a " + roi.getTypeAsString().toLowerCase(java.util.Locale.ROOT)
                    + " selection, which has no inside: draw an area selection (rectangle, oval, polygon, freehand) around what to fill.");
        }
        ByteProcessor inside = new ByteProcessor(image.getWidth(), image.getHeight());
        inside.setColor(255);
        inside.fill(roi);
        HoleMask mask = new HoleMask(nonZero(inside), image.getWidth(), image.getHeight());
        if (mask.count == 0) {
            throw new IllegalArgumentException("The selection on '" + image.getTitle() + "' lies outside the image: draw it over the part to fill.");
        }
        return mask;
    }

    /** The non-zero pixels of {@code maskImage}'s current slice, which must have the size of {@code image}. */
    public static HoleMask fromMaskImage(ImagePlus maskImage, ImagePlus image) {
        if (maskImage.getWidth() != image.getWidth() || maskImage.getHeight() != image.getHeight()) {
            throw new IllegalArgumentException("The mask '" + maskImage.getTitle() + "' is " + maskImage.getWidth() + "×" + maskImage.getHeight()
                    + " pixels but '" + image.getTitle() + "' is " + image.getWidth() + "×" + image.getHeight()
                    + ": give a mask of the image's size (e.g. made with Edit › Selection › Create Mask on this image).");
        }
        HoleMask mask = new HoleMask(nonZero(maskImage.getProcessor()), image.getWidth(), image.getHeight());
        if (mask.count == 0) {
            throw new IllegalArgumentException("The mask '" + maskImage.getTitle() + "' has no non-zero pixels, so there is nothing to fill: "
                    + "paint the holes white (non-zero) on a black (0) background.");
        }
        return mask;
    }

    private static boolean[] nonZero(ImageProcessor ip) {
        boolean[] result = new boolean[ip.getWidth() * ip.getHeight()];
        if (ip instanceof ColorProcessor) {
            int[] rgb = (int[]) ip.getPixels();
            for (int i = 0; i < result.length; i++) result[i] = (rgb[i] & 0xffffff) != 0;
        } else {
            for (int i = 0; i < result.length; i++) {
                float v = ip.getf(i);
                result[i] = v != 0 && !Float.isNaN(v);
            }
        }
        return result;
    }

    void checkFits(ImagePlus image) {
        if (image.getWidth() != width || image.getHeight() != height) {
            throw new IllegalArgumentException("The hole mask is " + width + "×" + height + " pixels but '" + image.getTitle() + "' is "
                    + image.getWidth() + "×" + image.getHeight() + ": give a mask of the image's size.");
        }
        if (count == width * height) {
            throw new IllegalArgumentException("The hole covers all of '" + image.getTitle() + "': leave some pixels around it to fill it from.");
        }
    }

    public boolean contains(int index) {
        return hole[index];
    }

    /** A copy of the mask, row-major, true inside the hole. */
    public boolean[] pixels() {
        return hole.clone();
    }

    public int count() {
        return count;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The smallest rectangle holding the hole, grown by {@code margin} on every side and clipped to the image: x, y, width, height. */
    java.awt.Rectangle bounds(int margin) {
        int minX = width, minY = height, maxX = -1, maxY = -1;
        for (int i = 0; i < hole.length; i++) {
            if (!hole[i]) continue;
            minX = Math.min(minX, i % width);
            maxX = Math.max(maxX, i % width);
            minY = Math.min(minY, i / width);
            maxY = Math.max(maxY, i / width);
        }
        int x0 = Math.max(0, minX - margin);
        int y0 = Math.max(0, minY - margin);
        return new java.awt.Rectangle(x0, y0, Math.min(width - 1, maxX + margin) - x0 + 1, Math.min(height - 1, maxY + margin) - y0 + 1);
    }
}
