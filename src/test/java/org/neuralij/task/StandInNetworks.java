package org.neuralij.task;

import org.neuralij.image.tiling.TileNetwork;
import org.neuralij.model.ModelKind;
import org.neuralij.model.ModelManifest;
import org.neuralij.model.OutputKind;

/** Networks written in Java with known outputs, and manifests describing them, for testing the task without an engine. */
final class StandInNetworks {

    private StandInNetworks() {
    }

    static ModelManifest manifest(int inChannels, int outChannels, int scale, OutputKind kind, ModelManifest.NormalizationSpec normalization) {
        return new ModelManifest(1, "stand-in", ModelKind.RUN, "1.0.0", null,
                new ModelManifest.Architecture("torchscript", null, null),
                new ModelManifest.Weights("w.pt", "0".repeat(64)),
                new ModelManifest.InputSpec(inChannels, "CYX", normalization, 1, 1, 0),
                new ModelManifest.OutputSpec(outChannels, scale, kind), ModelManifest.Provenance.empty());
    }

    /** Returns its input unchanged (upscaled by pixel repetition when scale > 1; channel 0 repeated into extra output channels). */
    static TileNetwork identity(int outChannels, int scale) {
        return new TileNetwork() {
            @Override
            public float[] predict(float[] input, int channels, int height, int width) {
                int outWidth = width * scale;
                int outPlane = outWidth * height * scale;
                float[] out = new float[outChannels * outPlane];
                for (int c = 0; c < outChannels; c++) {
                    int source = Math.min(c, channels - 1) * width * height;
                    for (int y = 0; y < height * scale; y++)
                        for (int x = 0; x < outWidth; x++) out[c * outPlane + y * outWidth + x] = input[source + (y / scale) * width + x / scale];
                }
                return out;
            }

            @Override
            public int outputChannels() {
                return outChannels;
            }

            @Override
            public int scale() {
                return scale;
            }
        };
    }

    /** Class scores where class 1 wins above the threshold and class 0 below it; a third class never wins. */
    static TileNetwork thresholdClasses(float threshold) {
        return new TileNetwork() {
            @Override
            public float[] predict(float[] input, int channels, int height, int width) {
                int plane = width * height;
                float[] out = new float[3 * plane];
                for (int i = 0; i < plane; i++) {
                    out[i] = threshold - input[i];
                    out[plane + i] = input[i] - threshold;
                    out[2 * plane + i] = -1e9f;
                }
                return out;
            }

            @Override
            public int outputChannels() {
                return 3;
            }

            @Override
            public int scale() {
                return 1;
            }
        };
    }

    /** Class scores that read the class from the raw pixel value (use with normalisation none): class c wins where the value is c. */
    static TileNetwork classesFromValues(int classes) {
        return new TileNetwork() {
            @Override
            public float[] predict(float[] input, int channels, int height, int width) {
                int plane = width * height;
                float[] out = new float[classes * plane];
                for (int c = 0; c < classes; c++) {
                    for (int i = 0; i < plane; i++) out[c * plane + i] = -10 * (input[i] - c) * (input[i] - c);
                }
                return out;
            }

            @Override
            public int outputChannels() {
                return classes;
            }

            @Override
            public int scale() {
                return 1;
            }
        };
    }
}
