package org.neuralij.task.train;

import org.neuralij.model.ModelRegistry;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Started in its own JVM by {@link KilledTrainingTest}: a long training that the test ends with SIGKILL. Arguments: images folder, model folder. */
public final class TrainUntilKilled {

    static TrainRequest request(Path images) {
        return TrainRequest.builder("denoise", images, "killed").crappify("gauss=0.05-0.15").architecture("dncnn")
                .epochs(200).steps(10).batch(2).patch(32).learningRate(1e-3f).validation(0.34).seed(3).build();
    }

    public static void main(String[] args) throws Exception {
        new TrainModel(new ModelRegistry(List.of(Paths.get(args[1])))).train(request(Paths.get(args[0])), "cpu", TrainingProgress.NONE);
    }
}
