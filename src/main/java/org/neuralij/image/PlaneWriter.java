package org.neuralij.image;

import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;
import java.util.function.BiFunction;
import net.imglib2.type.numeric.ARGBType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;

/** Creates ImageJ planes of the processor type matching an ImgLib2 pixel type and fills them. */
final class PlaneWriter<T> {

    @FunctionalInterface
    private interface PixelSetter<T> {
        void set(ImageProcessor plane, int index, T value);
    }

    private final BiFunction<Integer, Integer, ImageProcessor> planeFactory;
    private final PixelSetter<T> setter;

    private PlaneWriter(BiFunction<Integer, Integer, ImageProcessor> planeFactory, PixelSetter<T> setter) {
        this.planeFactory = planeFactory;
        this.setter = setter;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> PlaneWriter<T> forType(T type) {
        // Order matters: the unsigned integer types are RealTypes too.
        if (type instanceof UnsignedByteType) {
            return new PlaneWriter<>(ByteProcessor::new,
                    (plane, i, v) -> plane.set(i, ((UnsignedByteType) v).get()));
        }
        if (type instanceof UnsignedShortType) {
            return new PlaneWriter<>(ShortProcessor::new,
                    (plane, i, v) -> plane.set(i, ((UnsignedShortType) v).get()));
        }
        if (type instanceof ARGBType) {
            return new PlaneWriter<>(ColorProcessor::new,
                    (plane, i, v) -> plane.set(i, ((ARGBType) v).get()));
        }
        if (type instanceof RealType) {
            return new PlaneWriter<>(FloatProcessor::new,
                    (plane, i, v) -> plane.setf(i, ((RealType) v).getRealFloat()));
        }
        throw new IllegalArgumentException("Cannot convert pixels of type " + type.getClass().getSimpleName()
                + " to an ImageJ image; only real-valued and ARGB images are supported.");
    }

    ImageProcessor newPlane(int width, int height) {
        return planeFactory.apply(width, height);
    }

    void set(ImageProcessor plane, int index, T value) {
        setter.set(plane, index, value);
    }
}
