package org.neuralij.recipes;

import ij.ImagePlus;
import ij.plugin.filter.GaussianBlur;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;

import java.util.Random;

/**
 * The two unpaired domains of the shipped {@code cyclegan} model, both drawn from {@link SyntheticNuclei} scenes:
 * A, fluorescence — the scene as it is, bright nuclei on a dark background; B, brightfield — a scene of another seed
 * rendered in transmitted light: a light, unevenly lit background, nuclei darkened by their stain (absorbance following
 * the nucleus' own texture and brightness), each with a bright halo around it, and camera noise. Domain A of seed s
 * and domain B of seed s show different scenes (B draws its scene from seed s + {@value #B_SCENE_OFFSET}), so two
 * folders made from the same seeds are still unpaired. The same seed gives the same image.
 */
final class UnpairedNucleiDomains {

    static final long B_SCENE_OFFSET = 500_000;

    private UnpairedNucleiDomains() {
    }

    static ImagePlus fluorescence(int size, long seed, String title) {
        return SyntheticNuclei.generate(size, size, seed).image(title);
    }

    static ImagePlus brightfield(int size, long seed, String title) {
        SyntheticNuclei scene = SyntheticNuclei.generate(size, size, seed + B_SCENE_OFFSET);
        Random random = new Random(seed);
        int[] instances = scene.instances();
        ByteProcessor fluorescence = (ByteProcessor) scene.image(title).getProcessor();
        float[] inside = new float[size * size];
        for (int i = 0; i < inside.length; i++) inside[i] = instances[i] > 0 ? 1 : 0;
        float[] stained = blurred(inside, size, 1.0);
        float[] surround = blurred(inside, size, 4.0);
        double light = 195 + 30 * random.nextDouble();
        double tiltX = 20 * (random.nextDouble() - 0.5);
        double tiltY = 20 * (random.nextDouble() - 0.5);
        double stain = 1.0 + 0.5 * random.nextDouble();
        double noise = 2 + 4 * random.nextDouble();
        ByteProcessor image = new ByteProcessor(size, size);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int i = y * size + x;
                double illumination = light + tiltX * (x / (double) size - 0.5) + tiltY * (y / (double) size - 0.5);
                double density = stained[i] * (0.45 + 0.55 * fluorescence.get(i) / 255.0);
                double halo = 45 * Math.max(0, surround[i] - stained[i]);
                double value = illumination * Math.exp(-stain * density) + halo + noise * random.nextGaussian();
                image.set(i, (int) Math.round(Math.max(0, Math.min(255, value))));
            }
        }
        return new ImagePlus(title, image);
    }

    private static float[] blurred(float[] values, int size, double sigma) {
        FloatProcessor processor = new FloatProcessor(size, size, values.clone());
        new GaussianBlur().blurGaussian(processor, sigma);
        return (float[]) processor.getPixels();
    }
}
