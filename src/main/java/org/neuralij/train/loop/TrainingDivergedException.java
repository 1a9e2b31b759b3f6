package org.neuralij.train.loop;

/** The loss became NaN or infinite: the training stopped before the bad step touched the weights; the last checkpoint is kept. */
public class TrainingDivergedException extends RuntimeException {

    private final int step;

    public TrainingDivergedException(int step, float learningRate) {
        super("The loss became NaN or infinite at step " + step + " (learning rate " + learningRate
                + "): training stopped and the last good checkpoint was kept. Lower lr= (e.g. by 10×) and start again with the same name to resume.");
        this.step = step;
    }

    public int step() {
        return step;
    }
}
