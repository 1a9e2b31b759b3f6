package org.neuralij.task;

/**
 * Separates objects in a class map of a segmentation model: class 0 is background, class 2 the
 * boundary of objects (where the model has three classes or more), every other class the
 * interior of objects. Each 4-connected region of one interior class becomes a seed (regions
 * below {@value #MIN_SEED} px are noise, not seeds); the seeds then grow over the remaining
 * object pixels, each pixel going to the nearest seed, so a boundary shared by two touching
 * nuclei is split between them. Object pixels that no seed reaches form objects of their own
 * when they are {@value #MIN_SEED} px or more. Labels run from 1 in the order of the objects'
 * first pixel, row by row.
 */
public final class ObjectSeparation {

    public static final int BOUNDARY = 2;
    static final int MIN_SEED = 4;

    private final int width;
    private final int height;
    private final int[] classes;
    private final int[] labels;
    private final int[] queue;
    private final boolean boundaryClass;

    private ObjectSeparation(int[] classes, int width, int height, boolean boundaryClass) {
        this.width = width;
        this.height = height;
        this.classes = classes;
        this.labels = new int[classes.length];
        this.queue = new int[classes.length];
        this.boundaryClass = boundaryClass;
    }

    /** @param classCount the model's number of classes: with 3 or more, class 2 is the boundary */
    public static int[] labels(int[] classes, int width, int height, int classCount) {
        ObjectSeparation separation = new ObjectSeparation(classes, width, height, classCount > BOUNDARY);
        int seeds = separation.seed();
        int grown = separation.grow(seeds);
        return separation.renumber(grown);
    }

    private boolean interior(int i) {
        return classes[i] != 0 && !(boundaryClass && classes[i] == BOUNDARY);
    }

    /** Labels the interior regions; returns the next free label. */
    private int seed() {
        int next = 1;
        for (int i = 0; i < classes.length; i++) {
            if (labels[i] != 0 || !interior(i)) continue;
            int size = flood(i, next, classes[i], false);
            if (size >= MIN_SEED) next++;
            else for (int q = 0; q < size; q++) labels[queue[q]] = -1;
        }
        for (int i = 0; i < labels.length; i++) if (labels[i] == -1) labels[i] = 0;
        return next;
    }

    /** Labels the 4- (or 8-) connected region of {@code cls} at {@code start} with {@code label}; the region stays in {@link #queue}. */
    private int flood(int start, int label, int cls, boolean eightConnected) {
        int head = 0, tail = 0;
        queue[tail++] = start;
        labels[start] = label;
        while (head < tail) {
            int p = queue[head++];
            int x = p % width, y = p / width;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    boolean diagonal = dx != 0 && dy != 0;
                    if ((dx == 0 && dy == 0) || (diagonal && !eightConnected)) continue;
                    int nx = x + dx, ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
                    int n = ny * width + nx;
                    if (labels[n] != 0 || (cls >= 0 ? classes[n] != cls : classes[n] == 0)) continue;
                    labels[n] = label;
                    queue[tail++] = n;
                }
            }
        }
        return tail;
    }

    /** Breadth-first growth of all seeds at once over unlabelled object pixels; then the unreached ones. Returns the next free label. */
    private int grow(int next) {
        int head = 0, tail = 0;
        for (int i = 0; i < labels.length; i++) if (labels[i] > 0) queue[tail++] = i;
        while (head < tail) {
            int p = queue[head++];
            int x = p % width, y = p / width;
            tail = visit(x > 0 ? p - 1 : -1, labels[p], tail);
            tail = visit(x < width - 1 ? p + 1 : -1, labels[p], tail);
            tail = visit(y > 0 ? p - width : -1, labels[p], tail);
            tail = visit(y < height - 1 ? p + width : -1, labels[p], tail);
        }
        for (int i = 0; i < classes.length; i++) {
            if (labels[i] != 0 || classes[i] == 0) continue;
            int size = flood(i, next, -1, true);
            if (size >= MIN_SEED) next++;
            else for (int q = 0; q < size; q++) labels[queue[q]] = -1;
        }
        for (int i = 0; i < labels.length; i++) if (labels[i] == -1) labels[i] = 0;
        return next;
    }

    private int visit(int n, int label, int tail) {
        if (n < 0 || labels[n] != 0 || classes[n] == 0) return tail;
        labels[n] = label;
        queue[tail] = n;
        return tail + 1;
    }

    private int[] renumber(int count) {
        int[] map = new int[count];
        int next = 1;
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (label == 0) continue;
            if (map[label] == 0) map[label] = next++;
            labels[i] = map[label];
        }
        return labels;
    }
}
