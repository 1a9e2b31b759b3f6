package org.neuralij.recipes;

import java.util.List;

/**
 * How a widefield image of nuclei ({@link WidefieldNuclei}) is made: nucleus radii (px), a nucleus' mean brightness
 * above the background (photons), the background, an illumination field of some amplitude (× the nuclei's
 * brightness), the optics' blur (Gaussian sigma, px), the camera's read noise (counts), bit depth and offset.
 * {@link #variations()} are the robustness suite's rows: one reference and one change at a time.
 */
public record NucleiConditions(String name, double radiusMin, double radiusMax, double contrast, double background, Field field,
                               double fieldAmplitude, double blur, double readNoise, int bitDepth, double cameraOffset) {

    public enum Field {
        FLAT,
        /** Added, rising linearly across the image in a random direction. */
        GRADIENT,
        /** A broad bright bump added about a centre near the middle, and the whole scene dimmed by up to 35 % towards the corners. */
        VIGNETTING
    }

    /** 16-bit camera, offset 100 counts, nuclei 8–14 px in radius 800 photons above a background of 200, flat, blur 1.5 px. */
    public static NucleiConditions reference() {
        return new NucleiConditions("reference", 8, 14, 800, 200, Field.FLAT, 0, 1.5, 4, 16, 100);
    }

    public NucleiConditions named(String newName) {
        return new NucleiConditions(newName, radiusMin, radiusMax, contrast, background, field, fieldAmplitude, blur, readNoise, bitDepth, cameraOffset);
    }

    NucleiConditions withField(Field newField, double amplitude) {
        return new NucleiConditions(name, radiusMin, radiusMax, contrast, background, newField, amplitude, blur, readNoise, bitDepth, cameraOffset);
    }

    NucleiConditions withRadii(double min, double max) {
        return new NucleiConditions(name, min, max, contrast, background, field, fieldAmplitude, blur, readNoise, bitDepth, cameraOffset);
    }

    NucleiConditions withLight(double newContrast, double newBackground, double newReadNoise) {
        return new NucleiConditions(name, radiusMin, radiusMax, newContrast, newBackground, field, fieldAmplitude, blur, newReadNoise, bitDepth, cameraOffset);
    }

    NucleiConditions withCamera(int newBitDepth, double newOffset) {
        return new NucleiConditions(name, radiusMin, radiusMax, contrast, background, field, fieldAmplitude, blur, readNoise, newBitDepth, newOffset);
    }

    NucleiConditions withBlur(double sigma) {
        return new NucleiConditions(name, radiusMin, radiusMax, contrast, background, field, fieldAmplitude, sigma, readNoise, bitDepth, cameraOffset);
    }

    public static List<NucleiConditions> variations() {
        NucleiConditions reference = reference();
        return List.of(
                reference,
                reference.withField(Field.GRADIENT, 1).named("gradient 1x contrast"),
                reference.withField(Field.GRADIENT, 2).named("gradient 2x contrast"),
                reference.withField(Field.VIGNETTING, 2).named("vignetting 2x contrast"),
                reference.withRadii(4, 7).named("small nuclei (radius 4-7 px)"),
                reference.withRadii(16, 28).named("large nuclei (radius 16-28 px)"),
                reference.withLight(60, 40, 6).named("low SNR (60 photons over 40, read noise 6)"),
                reference.withLight(100, 20, 2).withCamera(8, 0).named("8-bit (100 over 20)"),
                reference.withLight(100, 60, 3).named("16-bit dim (100 counts over 60)"),
                reference.withLight(4000, 600, 4).named("16-bit bright (4000 counts over 600)"),
                reference.withBlur(3.5).named("out of focus (blur 3.5 px)"));
    }
}
