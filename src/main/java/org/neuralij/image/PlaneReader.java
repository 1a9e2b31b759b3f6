package org.neuralij.image;

/**
 * Reads the pixels of one ImageJ plane (byte[], short[], float[] or RGB int[]) as float values,
 * without copying the plane. Integer types are read unsigned, as ImageJ displays them.
 */
@FunctionalInterface
public interface PlaneReader {

    float read(int index);

    /**
     * @param rgbComponent 0, 1 or 2 for red, green or blue; ignored for gray planes
     */
    static PlaneReader of(Object pixels, int rgbComponent) {
        if (pixels instanceof byte[] bytes) {
            return i -> bytes[i] & 0xff;
        }
        if (pixels instanceof short[] shorts) {
            return i -> shorts[i] & 0xffff;
        }
        if (pixels instanceof float[] floats) {
            return i -> floats[i];
        }
        if (pixels instanceof int[] rgb) {
            int shift = 16 - 8 * rgbComponent;
            return i -> (rgb[i] >> shift) & 0xff;
        }
        throw new IllegalArgumentException("Unsupported ImageJ pixel array: "
                + (pixels == null ? "none" : pixels.getClass().getSimpleName())
                + ". Convert the image to 8-bit, 16-bit, 32-bit or RGB Color with Image > Type.");
    }
}
