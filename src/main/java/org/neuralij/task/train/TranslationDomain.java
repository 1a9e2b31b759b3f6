package org.neuralij.task.train;

import org.neuralij.train.data.Patch;
import org.neuralij.train.data.PatchRoles;
import org.neuralij.train.data.PatchSampler;
import org.neuralij.train.data.TrainingPair;
import org.neuralij.train.data.ValidationSplit;

import java.util.List;

/**
 * One domain of a translation training: the sampler of its training images and fixed held-out patches for
 * the preview and the quality. With a single image or validation=0 nothing can be held out: the patches then
 * come from the training images ({@code separate} false), and the manifest says so.
 */
record TranslationDomain(PatchSampler training, List<Patch> heldOut, boolean separate, long trainingPixels) {

    static final int HELD_OUT_PATCHES = 8;

    /** @param role e.g. "A (images=)", named in messages */
    static TranslationDomain of(List<TrainingPair> pairs, String role, TrainRequest request) {
        try {
            boolean separate = pairs.size() > 1 && request.validation() > 0;
            List<TrainingPair> training = pairs;
            List<TrainingPair> heldOut = pairs;
            if (separate) {
                ValidationSplit<TrainingPair> split = ValidationSplit.of(pairs, TrainingPair::name, request.validation(), request.seed());
                training = split.training();
                heldOut = split.validation();
            }
            PatchSampler sampler = new PatchSampler(training, request.patch(), 1, request.augmentation(), PatchRoles.images());
            List<Patch> patches = PatchSampler.unaugmented(heldOut, request.patch(), 1)
                    .fixedPatches(Math.min(HELD_OUT_PATCHES, 4 * heldOut.size()), request.seed());
            long pixels = training.stream().mapToLong(pair -> (long) pair.input().width() * pair.input().height()).sum();
            return new TranslationDomain(sampler, patches, separate, pixels);
        } catch (IllegalArgumentException problem) {
            throw new IllegalArgumentException("Domain " + role + ": " + problem.getMessage(), problem);
        }
    }
}
