package org.neuralij.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;

/** Deterministic test images filled with patterns that include each type's extreme values. */
final class TestImages {

    static final float[] SPECIAL_FLOATS = {
        Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, 0.0f,
        -Float.MAX_VALUE, Float.MAX_VALUE, Float.MIN_VALUE, -1.5f
    };

    private TestImages() {
    }

    /** An image of the given ImageJ bit depth (8, 16, 24 or 32) filled by {@link #fill}. */
    static ImagePlus hyperstack(int bitDepth, int width, int height, int channels, int slices, int frames) {
        String type = bitDepth == 24 ? "RGB" : bitDepth + "-bit";
        ImagePlus imp = IJ.createImage("test " + type, type + " black", width, height, channels, slices, frames);
        fill(imp);
        return imp;
    }

    private static void fill(ImagePlus imp) {
        ImageStack stack = imp.getStack();
        for (int n = 1; n <= stack.getSize(); n++) {
            Object pixels = stack.getPixels(n);
            int plane = n - 1;
            if (pixels instanceof byte[] b) {
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (i * 37 + plane * 11);
                }
                b[0] = 0;
                b[1] = (byte) 255;
            } else if (pixels instanceof short[] s) {
                for (int i = 0; i < s.length; i++) {
                    s[i] = (short) (i * 4099 + plane * 7);
                }
                s[0] = 0;
                s[1] = (short) 65535;
            } else if (pixels instanceof float[] f) {
                for (int i = 0; i < f.length; i++) {
                    f[i] = i < SPECIAL_FLOATS.length ? SPECIAL_FLOATS[i] : -1.37f * i + plane;
                }
            } else if (pixels instanceof int[] rgb) {
                for (int i = 0; i < rgb.length; i++) {
                    rgb[i] = 0xff000000 | ((i * 13 + plane) & 0xff) << 16 | ((i * 29) & 0xff) << 8 | ((i * 7 + 100) & 0xff);
                }
                rgb[0] = 0xff000000;
                rgb[1] = 0xffffffff;
            }
        }
    }

    /** Every pixel of every plane equal (floats compared bit for bit, so -0.0 differs from 0.0). */
    static void assertSamePixels(ImagePlus expected, ImagePlus actual) {
        ImageStack e = expected.getStack();
        ImageStack a = actual.getStack();
        if (e.getSize() != a.getSize()) {
            fail("stack sizes differ: " + e.getSize() + " vs " + a.getSize());
        }
        for (int n = 1; n <= e.getSize(); n++) {
            Object ep = e.getPixels(n);
            Object ap = a.getPixels(n);
            String message = "plane " + n;
            if (ep instanceof byte[] b) {
                assertArrayEquals(b, (byte[]) ap, message);
            } else if (ep instanceof short[] s) {
                assertArrayEquals(s, (short[]) ap, message);
            } else if (ep instanceof float[] f) {
                assertArrayEquals(f, (float[]) ap, message);
            } else {
                assertArrayEquals((int[]) ep, (int[]) ap, message);
            }
        }
    }
}
