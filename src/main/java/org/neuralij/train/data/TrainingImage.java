package org.neuralij.train.data;

import ij.ImagePlus;
import ij.io.Opener;
import org.neuralij.image.FloatImage;
import org.neuralij.image.ImagePlanes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One training image read from disk: its channels as floats in the file's own raw values (no calibration,
 * no scaling), with the file name, bit depth (8, 16, 24 = RGB, 32) and size. RGB gives 3 channels, a
 * multi-channel (composite) image its channel count.
 * <p>
 * A stack or hyperstack gives one training image per z-slice and time point (each with all channels);
 * {@link #position()} numbers them from 1 in ImageJ's order (z fastest, then t).
 */
public final class TrainingImage {

    private final String fileName;
    private final int position;
    private final int positionCount;
    private final int bitDepth;
    private final FloatImage pixels;

    public TrainingImage(String fileName, int position, int positionCount, int bitDepth, FloatImage pixels) {
        this.fileName = fileName;
        this.position = position;
        this.positionCount = positionCount;
        this.bitDepth = bitDepth;
        this.pixels = pixels;
    }

    /** Reads every slice/time point of one file; fails with the file name if ImageJ cannot read it. */
    public static List<TrainingImage> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The image file " + file + " does not exist or is not a file.");
        }
        ImagePlus imp = new Opener().openImage(file.toString());
        if (imp == null) {
            throw new IllegalArgumentException("ImageJ could not read " + file + " as an image: check that it is"
                    + " a TIFF, PNG, JPEG or another format ImageJ opens, or remove it from the folder.");
        }
        return of(imp, file.getFileName().toString());
    }

    /**
     * Splits an image already in memory the same way as {@link #read}.
     *
     * @throws IllegalArgumentException naming the file when it has NaN or infinite pixels: they would make every loss NaN
     */
    public static List<TrainingImage> of(ImagePlus imp, String fileName) {
        ImagePlanes planes = ImagePlanes.of(imp);
        long nonFinite = planes.countNonFinite();
        if (nonFinite > 0) {
            long pixels = (long) imp.getWidth() * imp.getHeight() * imp.getStackSize();
            throw new IllegalArgumentException(fileName + " has " + nonFinite + " NaN or infinite pixel values (of " + pixels + "), which a network cannot"
                    + " learn from: replace them (Process › Math › Remove NaNs…, or set them to a number) or remove the file from the folder.");
        }
        int positions = planes.slices() * planes.frames();
        List<TrainingImage> images = new ArrayList<>();
        for (int t = 0; t < planes.frames(); t++) {
            for (int z = 0; z < planes.slices(); z++) {
                images.add(new TrainingImage(fileName, images.size() + 1, positions, planes.bitDepth(), planes.position(z, t)));
            }
        }
        return images;
    }

    public String fileName() {
        return fileName;
    }

    /** 1-based slice/time position inside the file (1 for a single image). */
    public int position() {
        return position;
    }

    public int positionCount() {
        return positionCount;
    }

    /** "a.tif" for a single image, "a.tif (slice 3/10)" for a stack. */
    public String label() {
        return positionCount == 1 ? fileName : fileName + " (slice " + position + "/" + positionCount + ")";
    }

    public int bitDepth() {
        return bitDepth;
    }

    public int channels() {
        return pixels.channels();
    }

    public int width() {
        return pixels.width();
    }

    public int height() {
        return pixels.height();
    }

    /** Raw values, C x H x W. Shared, not copied. */
    public FloatImage pixels() {
        return pixels;
    }

    /** "8-bit, 1 channel", "RGB, 3 channels". */
    public String kind() {
        String depth = bitDepth == 24 ? "RGB" : bitDepth + "-bit";
        return depth + ", " + channels() + (channels() == 1 ? " channel" : " channels");
    }

    /**
     * The pixels scaled to [0, 1] as the degradations expect: 8-bit and RGB divided by 255; 16- and 32-bit
     * by their own minimum and maximum (16-bit data rarely use the full 0-65535 range). A constant image
     * becomes all 0.
     */
    public FloatImage toUnitRange() {
        float[] raw = pixels.data();
        float low;
        float high;
        if (bitDepth == 8 || bitDepth == 24) {
            low = 0;
            high = 255;
        } else {
            low = Float.POSITIVE_INFINITY;
            high = Float.NEGATIVE_INFINITY;
            for (float v : raw) {
                if (Float.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        float range = high > low ? high - low : 1;
        float[] unit = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            unit[i] = Float.isFinite(raw[i]) ? Math.min(1, Math.max(0, (raw[i] - low) / range)) : 0;
        }
        return new FloatImage(pixels.channels(), pixels.width(), pixels.height(), unit);
    }
}
