package org.neuralij.train.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neuralij.image.FloatImage;

/**
 * Two folders of images from two domains (CycleGAN's A and B), with no pairing between them.
 * Each image is normalised by its own percentiles to -1..1 (1 % → -1, 99.8 % → 1: the range of
 * the generators' tanh output, and what a model with normalization range "-1..1" sees at
 * inference) and becomes a pair of itself, so that a {@link PatchSampler} per domain draws
 * augmented patches from it. A domain whose images differ in bit depth or channels is refused.
 */
public record UnpairedFolders(List<TrainingPair> domainA, List<TrainingPair> domainB) {

    public static UnpairedFolders read(Path folderA, Path folderB) {
        return new UnpairedFolders(domain(folderA, "A (images=)"), domain(folderB, "B (domain_b=)"));
    }

    private static List<TrainingPair> domain(Path folder, String role) {
        List<TrainingImage> images;
        try {
            images = ImageFolder.open(folder).readImages();
        } catch (IllegalArgumentException problem) {
            throw new IllegalArgumentException("Domain " + role + ": " + problem.getMessage(), problem);
        }
        TrainingNormalization normalization = TrainingNormalization.defaults();
        List<TrainingPair> pairs = new ArrayList<>();
        for (TrainingImage image : images) {
            FloatImage unit = normalization.apply(image.label(), image.pixels(), image.pixels()).input();
            FloatImage symmetric = unit.mapped(value -> 2 * value - 1);
            pairs.add(new TrainingPair(image.label(), symmetric, symmetric));
        }
        return pairs;
    }
}
