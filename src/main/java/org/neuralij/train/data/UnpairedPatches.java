package org.neuralij.train.data;


import java.util.List;
import java.util.Random;

/**
 * CycleGAN's batches from the training images of two domains, each drawn by its own {@link PatchSampler}
 * (random position and orientation), and fixed held-out patches of each domain: the first of each is the
 * preview.
 */
public final class UnpairedPatches implements UnpairedData {

    private final PatchSampler domainA;
    private final PatchSampler domainB;
    private final List<Patch> heldOutA;
    private final List<Patch> heldOutB;

    public UnpairedPatches(PatchSampler domainA, PatchSampler domainB, List<Patch> heldOutA, List<Patch> heldOutB) {
        if (heldOutA.isEmpty() || heldOutB.isEmpty()) throw new IllegalArgumentException("Each domain needs at least one held-out patch.");
        this.domainA = domainA;
        this.domainB = domainB;
        this.heldOutA = List.copyOf(heldOutA);
        this.heldOutB = List.copyOf(heldOutB);
    }

    @Override
    public int channelsA() {
        return heldOutA.get(0).input().channels();
    }

    @Override
    public int channelsB() {
        return heldOutB.get(0).input().channels();
    }

    @Override
    public int patch() {
        return domainA.patchSize();
    }

    @Override
    public void batchA(Random random, int batch, float[] target) {
        domainA.fillInputs(random, batch, target);
    }

    @Override
    public void batchB(Random random, int batch, float[] target) {
        domainB.fillInputs(random, batch, target);
    }

    @Override
    public float[] previewA() {
        return heldOutA.get(0).input().data().clone();
    }

    @Override
    public float[] previewB() {
        return heldOutB.get(0).input().data().clone();
    }

    public List<Patch> heldOutA() {
        return heldOutA;
    }

    public List<Patch> heldOutB() {
        return heldOutB;
    }

}
