package org.neuralij.image;

import ij.ImagePlus;
import ij.ImageStack;
import net.imglib2.img.Img;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.planar.PlanarImg;
import net.imglib2.img.planar.PlanarImgs;
import net.imglib2.type.numeric.real.FloatType;

/** Copies an ImagePlus into a float X, Y, C, Z, T image, splitting RGB into three channels. */
final class FloatChannelCopier {

    private FloatChannelCopier() {
    }

    static Img<FloatType> copy(ImagePlus imp) {
        HyperstackShape in = HyperstackShape.of(imp);
        int componentsPerChannel = imp.getBitDepth() == 24 ? 3 : 1;
        HyperstackShape out = new HyperstackShape(in.width(), in.height(),
                in.channels() * componentsPerChannel, in.slices(), in.frames());
        PlanarImg<FloatType, FloatArray> img = PlanarImgs.floats(out.dimensionsXYCZT());
        ImageStack stack = imp.getStack();
        for (int t = 0; t < in.frames(); t++) {
            for (int z = 0; z < in.slices(); z++) {
                for (int c = 0; c < in.channels(); c++) {
                    Object pixels = stack.getPixels(in.stackIndex(c, z, t) + 1);
                    for (int k = 0; k < componentsPerChannel; k++) {
                        int outChannel = c * componentsPerChannel + k;
                        float[] target = img.getPlane(out.stackIndex(outChannel, z, t)).getCurrentStorageArray();
                        copyPlane(PlaneReader.of(pixels, k), target);
                    }
                }
            }
        }
        return img;
    }

    private static void copyPlane(PlaneReader source, float[] target) {
        for (int i = 0; i < target.length; i++) {
            target[i] = source.get(i);
        }
    }
}
