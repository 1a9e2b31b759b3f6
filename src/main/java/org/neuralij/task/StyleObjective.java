package org.neuralij.task;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import org.neuralij.train.loss.StyleTransferLoss;
import org.neuralij.train.optim.Objective;

/**
 * The style-transfer loss of an image's pixels against one content image, with its gradient with
 * respect to the pixels (DJL's autograd through the frozen feature network). The content's
 * activations are computed once.
 */
final class StyleObjective implements Objective {

    private final StyleTransferLoss loss;
    private final NDArray contentTarget;

    StyleObjective(StyleTransferLoss loss, NDArray content) {
        this.loss = loss;
        this.contentTarget = loss.contentTarget(content);
    }

    @Override
    public Evaluation evaluate(NDArray x) {
        try (NDManager scratch = x.getManager().newSubManager()) {
            NDArray pixels = x.duplicate();
            pixels.attach(scratch);
            pixels.setRequiresGradient(true);
            try (GradientCollector collector = x.getManager().getEngine().newGradientCollector()) {
                NDArray total = loss.evaluateAgainst(pixels, contentTarget).total();
                collector.backward(total);
                NDArray gradient = pixels.getGradient().duplicate();
                gradient.attach(x.getManager());
                return new Evaluation(total.getFloat(), gradient);
            }
        }
    }

    /** The unweighted parts and the weighted total at {@code image}, without gradients. */
    StyleLosses losses(NDArray image) {
        try (NDManager scratch = image.getManager().newSubManager()) {
            NDArray pixels = image.duplicate();
            pixels.attach(scratch);
            StyleTransferLoss.Parts parts = loss.evaluateAgainst(pixels, contentTarget);
            return new StyleLosses(parts.content().getFloat(), parts.style().getFloat(), parts.totalVariation().getFloat(), parts.total().getFloat());
        }
    }
}
