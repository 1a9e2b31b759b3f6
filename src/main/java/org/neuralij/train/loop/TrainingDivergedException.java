package org.neuralij.train.loop;

/** The loss became NaN or infinite: the training stopped before the bad step touched the weights; the last checkpoint is kept. */
public class TrainingDivergedException extends RuntimeException {

    private final int step;
    private final int epoch;

    /**
     * @param step  the global step, counted from 1
     * @param epoch the epoch of that step, counted from 0
     */
    public TrainingDivergedException(int step, int epoch, float learningRate) {
        super("The loss became NaN or infinite at step " + step + " (learning rate " + learningRate
                + "): training stopped. Lower lr= (e.g. by 10×) and start again with the same name to go on from the last checkpoint.");
        this.step = step;
        this.epoch = epoch;
    }

    public int step() {
        return step;
    }

    public int epoch() {
        return epoch;
    }
}
