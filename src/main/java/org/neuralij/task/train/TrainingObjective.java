package org.neuralij.task.train;

import ai.djl.training.loss.Loss;
import org.neuralij.model.ModelPackage;
import org.neuralij.train.data.ImagePair;
import org.neuralij.train.data.LabelMasks;
import org.neuralij.train.data.Patch;
import org.neuralij.train.data.TrainingNormalization;
import org.neuralij.train.data.TrainingPair;
import org.neuralij.train.loss.MaskCrossEntropy;

import java.util.List;
import java.util.Locale;

/**
 * What a training learns to produce, and everything that follows from it: images (restoration,
 * denoising: targets normalised like the inputs, pixel L1, compared with the unchanged input) or
 * labels (segmentation: masks kept as class numbers, pixel cross-entropy, compared with a uniform
 * guess).
 */
enum TrainingObjective {
    IMAGE {
        @Override
        TrainingPair normalize(TrainingNormalization normalization, ImagePair pair) {
            return normalization.apply(pair);
        }

        @Override
        int outputs(ModelPackage base, List<TrainingPair> pairs, int inputChannels) {
            return inputChannels;
        }

        @Override
        TrainableNetwork network(String architecture, int channels, int outputs) {
            return TrainableNetwork.create(architecture, channels);
        }

        @Override
        Loss loss() {
            return Loss.l1Loss();
        }

        /** The L1 distance of the validation inputs to their targets: what a model that changes nothing scores. */
        @Override
        double baseline(List<Patch> validation, int outputs) {
            double sum = 0;
            long count = 0;
            for (Patch patch : validation) {
                float[] in = patch.input().data();
                float[] out = patch.target().data();
                for (int i = 0; i < Math.min(in.length, out.length); i++) sum += Math.abs(in[i] - out[i]);
                count += Math.min(in.length, out.length);
            }
            return sum / Math.max(1, count);
        }

        @Override
        String quality(double validationLoss, double baseline, int outputs) {
            return String.format(Locale.ROOT, "validation L1 %.4f against %.4f for the unchanged input (normalised units)", validationLoss, baseline);
        }

        @Override
        String outputKind() {
            return "image";
        }
    },
    LABELS {
        @Override
        TrainingPair normalize(TrainingNormalization normalization, ImagePair pair) {
            return normalization.applyToInput(pair);
        }

        /** The base model's classes, or as many as the masks use; every mask label must be one of them. */
        @Override
        int outputs(ModelPackage base, List<TrainingPair> pairs, int inputChannels) {
            int classes = base != null ? base.manifest().output().channels() : LabelMasks.classCount(pairs);
            LabelMasks.check(pairs, classes);
            return classes;
        }

        @Override
        TrainableNetwork network(String architecture, int channels, int outputs) {
            return TrainableNetwork.segmentation(architecture, channels, outputs);
        }

        @Override
        Loss loss() {
            return new MaskCrossEntropy();
        }

        /** The cross-entropy of a uniform guess over the classes. */
        @Override
        double baseline(List<Patch> validation, int outputs) {
            return Math.log(outputs);
        }

        @Override
        String quality(double validationLoss, double baseline, int outputs) {
            return String.format(Locale.ROOT, "validation cross-entropy %.4f against %.4f (ln %d) for a uniform guess", validationLoss, baseline, outputs);
        }

        @Override
        String outputKind() {
            return "labels";
        }
    };

    static TrainingObjective of(TrainRequest request) {
        return request.segmentation() ? LABELS : IMAGE;
    }

    abstract TrainingPair normalize(TrainingNormalization normalization, ImagePair pair);

    abstract int outputs(ModelPackage base, List<TrainingPair> pairs, int inputChannels);

    abstract TrainableNetwork network(String architecture, int channels, int outputs);

    abstract Loss loss();

    abstract double baseline(List<Patch> validation, int outputs);

    abstract String quality(double validationLoss, double baseline, int outputs);

    abstract String outputKind();
}
