package org.neuralij.train.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The history of generated images a CycleGAN discriminator learns from (Shrivastava et al.; 50 in
 * CycleGAN): until the pool is full every new fake is stored and returned; after that, half the time
 * the new fake is returned, and half the time a random stored fake is returned and replaced by the new
 * one — so the discriminator does not forget what the generator did earlier.
 */
public final class ImagePool {

    public static final int CYCLEGAN_SIZE = 50;
    private final int size;
    private final List<float[]> stored = new ArrayList<>();

    public ImagePool(int size) {
        if (size < 0) throw new IllegalArgumentException("an image pool holds at least 0 images, not " + size);
        this.size = size;
    }

    /** The fake to show the discriminator in place of {@code fake} (which the pool may keep: do not change it afterwards). */
    public float[] query(float[] fake, Random random) {
        if (size == 0) return fake;
        if (stored.size() < size) {
            stored.add(fake);
            return fake;
        }
        if (random.nextBoolean()) return fake;
        int index = random.nextInt(size);
        float[] previous = stored.get(index);
        stored.set(index, fake);
        return previous;
    }

    public int stored() {
        return stored.size();
    }

    /** The stored fakes in order, for a checkpoint. */
    public List<float[]> contents() {
        return List.copyOf(stored);
    }

    /** Puts back the fakes of {@link #contents()}, replacing what the pool holds. */
    public void restore(List<float[]> fakes) {
        if (fakes.size() > size) throw new IllegalArgumentException("a pool of " + size + " cannot hold " + fakes.size() + " images");
        stored.clear();
        stored.addAll(fakes);
    }
}
