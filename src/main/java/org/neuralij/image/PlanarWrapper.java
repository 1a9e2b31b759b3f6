package org.neuralij.image;

import ij.ImagePlus;
import ij.ImageStack;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.imglib2.img.NativeImg;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.img.planar.PlanarImg;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.ARGBType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Fraction;

/** Builds a 5-D (X, Y, C, Z, T) PlanarImg that shares the pixel arrays of an ImagePlus. */
final class PlanarWrapper {

    private PlanarWrapper() {
    }

    static PlanarImg<?, ?> wrap(ImagePlus imp) {
        HyperstackShape shape = HyperstackShape.of(imp);
        ImageStack stack = imp.getStack();
        // Bit depth rather than type, so 8-bit images with a color LUT wrap their raw values too.
        switch (imp.getBitDepth()) {
            case 8:
                return PlanarWrapper.<UnsignedByteType, ByteArray>planar(stack, shape,
                        pixels -> new ByteArray((byte[]) pixels), UnsignedByteType::new);
            case 16:
                return PlanarWrapper.<UnsignedShortType, ShortArray>planar(stack, shape,
                        pixels -> new ShortArray((short[]) pixels), UnsignedShortType::new);
            case 32:
                return PlanarWrapper.<FloatType, FloatArray>planar(stack, shape,
                        pixels -> new FloatArray((float[]) pixels), FloatType::new);
            case 24:
                return PlanarWrapper.<ARGBType, IntArray>planar(stack, shape,
                        pixels -> new IntArray((int[]) pixels), ARGBType::new);
            default:
                throw new IllegalArgumentException("Image '" + imp.getTitle() + "' has an unsupported bit depth ("
                        + imp.getBitDepth() + "). Convert it to 8-bit, 16-bit, 32-bit or RGB Color"
                        + " with Image > Type first.");
        }
    }

    private static <T extends NativeType<T>, A extends ArrayDataAccess<A>> PlanarImg<T, A> planar(
            ImageStack stack, HyperstackShape shape, Function<Object, A> access,
            Function<NativeImg<T, A>, T> linkedType) {
        List<A> planes = new ArrayList<>(shape.planeCount());
        // ImageStack slices are 1-based; plane i of the PlanarImg is stack index i (0-based).
        for (int i = 1; i <= shape.planeCount(); i++) {
            planes.add(access.apply(stack.getPixels(i)));
        }
        PlanarImg<T, A> img = new PlanarImg<>(planes, shape.dimensionsXYCZT(), new Fraction());
        img.setLinkedType(linkedType.apply(img));
        return img;
    }
}
