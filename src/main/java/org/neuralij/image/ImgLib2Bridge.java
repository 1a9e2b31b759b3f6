package org.neuralij.image;

import ij.ImagePlus;
import ij.measure.Calibration;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.Img;
import net.imglib2.type.numeric.real.FloatType;

/**
 * Conversions between ImageJ images and ImgLib2. ImgLib2 images are always indexed X, Y, C, Z, T.
 */
public final class ImgLib2Bridge {

    private ImgLib2Bridge() {
    }

    /**
     * A 5-D X, Y, C, Z, T view on the pixel arrays of {@code imp}, without copying (size 1 along absent axes).
     * 8-bit gives UnsignedByteType (raw values, also for images with a color LUT), 16-bit UnsignedShortType,
     * 32-bit FloatType and RGB ARGBType. Writes go straight to the ImagePlus; call {@code imp.updateAndDraw()}
     * afterwards to refresh its display. Planes of a virtual stack are read once, so writes to them are lost.
     *
     * @return an Img whose pixel type depends on the image type as listed above
     */
    public static Img<?> wrap(ImagePlus imp) {
        return PlanarWrapper.wrap(imp);
    }

    /**
     * A float copy, X, Y, C, Z, T. Gray values are kept exactly (raw pixel values, no calibration function);
     * each RGB channel becomes three channels r, g, b in that order.
     */
    public static Img<FloatType> toFloatChannels(ImagePlus imp) {
        return FloatChannelCopier.copy(imp);
    }

    /**
     * A copy as a new ImagePlus. {@code image} has 2 to 5 dimensions ordered X, Y[, C[, Z[, T]]]; its min
     * offset is ignored. UnsignedByteType gives 8-bit, UnsignedShortType 16-bit, ARGBType RGB and any other
     * RealType 32-bit. The result has the hyperstack dimensions of the input, the given title and a copy of
     * {@code calibration} (none if null).
     */
    public static <T> ImagePlus toImagePlus(RandomAccessibleInterval<T> image, String title, Calibration calibration) {
        return ImagePlusBuilder.build(image, title, calibration);
    }
}
