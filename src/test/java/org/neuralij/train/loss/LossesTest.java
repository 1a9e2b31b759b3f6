package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LossesTest {

    private static final LossReference TORCH = new LossReference();
    private static NDManager manager;
    private static NDArray prediction;
    private static NDArray target;

    @BeforeAll
    static void open() {
        manager = NDManager.newBaseManager("PyTorch");
        prediction = TORCH.load(manager, "prediction");
        target = TORCH.load(manager, "target");
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    private static NDArray evaluate(Loss loss, NDArray labels, NDArray predictions) {
        return loss.evaluate(new NDList(labels), new NDList(predictions));
    }

    @Test
    void pixelLossesMatchTorch() {
        TORCH.assertMatches("l1", evaluate(PixelLoss.l1(), target, prediction));
        TORCH.assertMatches("mse", evaluate(PixelLoss.mse(), target, prediction));
    }

    @Test
    void gramMatrixMatchesTorch() {
        NDArray gram = GramMatrix.of(prediction);
        assertEquals(new Shape(2, 3, 3), gram.getShape());
        assertArrayEquals(TORCH.floats("gram"), gram.toFloatArray(), 1e-5f);
    }

    @Test
    void featureLossMatchesFastai() {
        TORCH.assertMatches("feature", evaluate(FeatureLoss.fastai(LossReference::twoPoolingStages), target, prediction));
    }

    @Test
    void featureLossRefusesLayerCountMismatch() {
        FeatureLoss loss = new FeatureLoss(LossReference::twoPoolingStages, new float[] {1, 2}, 1);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> loss.between(prediction, target));
        assertTrue(error.getMessage().contains("gives 3 layers"), error.getMessage());
    }

    @Test
    void segmentationLossesMatchTorch() {
        NDArray logits = TORCH.load(manager, "logits");
        NDArray labels = TORCH.load(manager, "labels");
        TORCH.assertMatches("cross-entropy", evaluate(new PixelCrossEntropy(), labels, logits));
        TORCH.assertMatches("cross-entropy-weighted", evaluate(new PixelCrossEntropy(TORCH.floats("class-weights")), labels, logits));
        TORCH.assertMatches("dice", evaluate(new SoftDiceLoss(), labels, logits));
    }

    @Test
    void labelsOutsideTheClassesAreRefusedByName() {
        NDArray logits = manager.zeros(new Shape(1, 3, 2, 2));
        NDArray tooHigh = manager.create(new int[] {0, 1, 2, 3}, new Shape(1, 2, 2));
        NDArray negative = manager.create(new int[] {0, -1, 2, 1}, new Shape(1, 2, 2));
        for (Loss loss : new Loss[] {new PixelCrossEntropy(), new SoftDiceLoss()}) {
            IllegalArgumentException high = assertThrows(IllegalArgumentException.class, () -> evaluate(loss, tooHigh, logits));
            assertTrue(high.getMessage().contains("label 3 ") && high.getMessage().contains("3 classes"), high.getMessage());
            IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> evaluate(loss, negative, logits));
            assertTrue(low.getMessage().contains("label -1 ") && low.getMessage().contains("[0, 3)"), low.getMessage());
        }
    }

    @Test
    void labelsOfAnotherSizeThanTheLogitsAreRefused() {
        NDArray logits = manager.zeros(new Shape(1, 3, 2, 2));
        NDArray labels = manager.zeros(new Shape(1, 2, 3));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> evaluate(new SoftDiceLoss(), labels, logits));
        assertTrue(error.getMessage().contains("do not match"), error.getMessage());
    }

    @Test
    void adversarialLossesMatchTorch() {
        NDArray real = TORCH.load(manager, "real-scores");
        NDArray fake = TORCH.load(manager, "fake-scores");
        String[] names = {"gan", "lsgan", "wgan"};
        AdversarialLoss[] losses = {AdversarialLoss.STANDARD, AdversarialLoss.LEAST_SQUARES, AdversarialLoss.WASSERSTEIN};
        for (int i = 0; i < losses.length; i++) {
            TORCH.assertMatches(names[i] + "-critic", losses[i].critic(real, fake));
            TORCH.assertMatches(names[i] + "-generator", losses[i].generator(fake));
        }
    }

    @Test
    void standardGanLossStaysFiniteForConfidentScores() {
        NDArray scores = manager.create(new float[] {-200, 200});
        assertTrue(Float.isFinite(AdversarialLoss.STANDARD.critic(scores, scores).getFloat()));
        assertEquals(0, AdversarialLoss.STANDARD.generator(manager.create(new float[] {200})).getFloat(), 1e-6);
    }

    @Test
    void cycleAndIdentityLossesMatchTorch() {
        CycleConsistency losses = new CycleConsistency(CycleConsistency.CYCLEGAN_LAMBDA, 0.5f);
        TORCH.assertMatches("cycle-10", losses.cycle(prediction, target));
        TORCH.assertMatches("identity-10", losses.identity(prediction, target));
    }

    @Test
    void theIdentityWeightScalesTheIdentityTermAndZeroSwitchesItOff() {
        CycleConsistency course = new CycleConsistency(CycleConsistency.CYCLEGAN_LAMBDA, 0.5f);
        CycleConsistency quarter = new CycleConsistency(CycleConsistency.CYCLEGAN_LAMBDA, 0.25f);
        assertEquals(course.identity(prediction, target).getFloat() / 2, quarter.identity(prediction, target).getFloat(), 1e-5);
        assertTrue(course.usesIdentity());
        assertFalse(new CycleConsistency(CycleConsistency.CYCLEGAN_LAMBDA, 0).usesIdentity());
    }
}
