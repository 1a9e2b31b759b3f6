package org.neuralij.train.data;
import org.neuralij.image.FloatImage;

/**
 * The 8 orientations of a square (4 rotations by 90 degrees, each optionally mirrored), as a transpose
 * followed by optional horizontal and vertical flips, which together give all 8.
 */
public enum Orientation {
    IDENTITY(false, false, false),
    FLIP_X(false, true, false),
    FLIP_Y(false, false, true),
    ROTATE_180(false, true, true),
    TRANSPOSE(true, false, false),
    ROTATE_90(true, true, false),
    ROTATE_270(true, false, true),
    ANTI_TRANSPOSE(true, true, true);

    private final boolean transpose;
    private final boolean flipX;
    private final boolean flipY;

    Orientation(boolean transpose, boolean flipX, boolean flipY) {
        this.transpose = transpose;
        this.flipX = flipX;
        this.flipY = flipY;
    }

    /** The orientation that applying this one and then {@code next} amounts to. */
    public Orientation then(Orientation next) {
        FloatImage probe = FloatImage.zeros(1, 3, 3);
        for (int i = 0; i < 9; i++) probe.data()[i] = i;
        float[] both = next.apply(apply(probe)).data();
        for (Orientation candidate : values()) {
            if (java.util.Arrays.equals(candidate.apply(probe).data(), both)) return candidate;
        }
        throw new IllegalStateException("The orientations of a square are closed under composition.");
    }

    /** A new square image whose pixel (x, y) is taken from the source position this orientation maps it to. */
    public FloatImage apply(FloatImage square) {
        int size = square.width();
        if (square.height() != size) {
            throw new IllegalArgumentException("Orientations apply to square patches, not to "
                    + square.sizeText() + ".");
        }
        FloatImage result = FloatImage.zeros(square.channels(), size, size);
        for (int c = 0; c < square.channels(); c++) {
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int sx = flipX ? size - 1 - x : x;
                    int sy = flipY ? size - 1 - y : y;
                    result.set(c, x, y, transpose ? square.get(c, sy, sx) : square.get(c, sx, sy));
                }
            }
        }
        return result;
    }
}
