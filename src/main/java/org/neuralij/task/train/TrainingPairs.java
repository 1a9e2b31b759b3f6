package org.neuralij.task.train;

import org.neuralij.train.data.Degradation;
import org.neuralij.train.data.FloatImage;
import org.neuralij.train.data.ImageFolder;
import org.neuralij.train.data.ImagePair;
import org.neuralij.train.data.PairedFolders;
import org.neuralij.train.data.TrainingImage;
import org.neuralij.train.data.TrainingNormalization;
import org.neuralij.train.data.TrainingPair;

import java.util.ArrayList;
import java.util.List;

/** Reads the request's folders into normalised input/target pairs: paired folders as they are, or clean images degraded by the crappify spec. */
final class TrainingPairs {

    private TrainingPairs() {
    }

    static List<TrainingPair> load(TrainRequest request) {
        TrainingNormalization normalization = TrainingNormalization.defaults();
        List<TrainingPair> pairs = new ArrayList<>();
        if (request.selfSupervised()) {
            Degradation degradation = Degradation.parse(request.degradation());
            if (degradation.shrinkFactor() != 1) {
                throw new IllegalArgumentException("crappify=[" + request.degradation() + "] makes smaller images, which only a super-resolution model can learn from: "
                        + "use downscaleback= instead of downscale= for task=" + request.task() + ".");
            }
            List<TrainingImage> images = ImageFolder.open(request.images()).readImages();
            for (int i = 0; i < images.size(); i++) {
                FloatImage clean = images.get(i).toUnitRange();
                FloatImage degraded = degradation.apply(clean, request.seed(), i).image();
                pairs.add(normalization.apply(images.get(i).label(), degraded, clean));
            }
        } else {
            for (ImagePair pair : PairedFolders.read(request.images(), request.targets(), 1)) pairs.add(normalization.apply(pair));
        }
        return pairs;
    }
}
