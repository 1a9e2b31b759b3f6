package org.neuralij.recipes;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.neuralij.nn.DnCnn;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The recipe of the shipped model {@code models/denoise-gray}: a DnCNN (depth 12, width 32)
 * trained with L1 loss on 48×48 patches of the test images, half of them blurred (so that
 * smooth micrograph-like content is seen too), with Gaussian noise of a random sigma in
 * [5, 50] (of 255), normalised as at inference (1/99.8 percentiles of the noisy image).
 * camera.png and cell.png are held out and used only for the quality figure.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.neuralij.recipes.TrainGrayDenoiser -Dexec.args="models/denoise-gray 5000"}
 */
public final class TrainGrayDenoiser {

    static final List<String> TRAINING_IMAGES = List.of("astronaut.png", "brick.png", "chelsea.png", "coffee.png", "coins.png",
            "grass.png", "gravel.png", "hubble_deep_field.jpg", "immunohistochemistry.png", "moon.png", "page.png", "text.png");
    static final int DEPTH = 12;
    static final int WIDTH = 32;
    static final int PATCH = 48;
    static final int BATCH = 16;
    static final int NOISY_COPIES = 4;
    static final long SEED = 42;

    public static void main(String[] args) throws Exception {
        Path output = Paths.get(args.length > 0 ? args[0] : "models/denoise-gray");
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        long start = System.nanoTime();
        Random random = new Random(SEED);
        List<NoisyPairs> data = trainingData(Paths.get("test-images"), random);
        Files.createDirectories(output);
        Path weights = output.resolve("dncnn.params");
        try (Model model = Model.newInstance("denoise-gray", Device.cpu(), "PyTorch")) {
            model.setBlock(DnCnn.build(1, DEPTH, WIDTH));
            train(model, data, steps, random);
            writeAtomically(model, weights);
        }
        double minutes = (System.nanoTime() - start) / 60e9;
        DenoiserReport.writeManifestAndMeasure(output, weights, steps, minutes, DEPTH, WIDTH);
        System.exit(0);
    }

    private static List<NoisyPairs> trainingData(Path folder, Random random) {
        List<NoisyPairs> pairs = new ArrayList<>();
        for (String name : TRAINING_IMAGES) {
            GrayImages image = GrayImages.read(folder.resolve(name));
            GrayImages smooth = image.blurred(1.5 + 2.5 * random.nextDouble());
            for (int copy = 0; copy < NOISY_COPIES; copy++) {
                GrayImages clean = copy % 2 == 0 ? image : smooth;
                double sigma = (5 + 45 * random.nextDouble()) / 255.0;
                pairs.add(NoisyPairs.make(clean.pixels(), clean.width(), clean.height(), sigma, random));
            }
        }
        return pairs;
    }

    private static void train(Model model, List<NoisyPairs> data, int steps, Random random) {
        Tracker learningRate = Tracker.cosine().setBaseValue(2e-3f).optFinalValue(2e-5f).setMaxUpdates(steps).build();
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l1Loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(learningRate).build());
        try (Trainer trainer = model.newTrainer(config)) {
            trainer.initialize(new Shape(BATCH, 1, PATCH, PATCH));
            float[] noisy = new float[BATCH * PATCH * PATCH];
            float[] clean = new float[BATCH * PATCH * PATCH];
            double running = 0;
            for (int step = 1; step <= steps; step++) {
                sampleBatch(data, random, noisy, clean);
                try (NDManager batch = trainer.getManager().newSubManager();
                     GradientCollector collector = trainer.newGradientCollector()) {
                    NDArray input = batch.create(noisy, new Shape(BATCH, 1, PATCH, PATCH));
                    NDArray target = batch.create(clean, new Shape(BATCH, 1, PATCH, PATCH));
                    NDArray prediction = trainer.forward(new NDList(input)).head();
                    NDArray loss = trainer.getLoss().evaluate(new NDList(target), new NDList(prediction));
                    collector.backward(loss);
                    running = 0.98 * running + 0.02 * loss.getFloat();
                }
                trainer.step();
                if (step % 100 == 0) System.out.printf(Locale.ROOT, "step %d/%d  L1 %.4f%n", step, steps, running / (1 - Math.pow(0.98, step)));
            }
        }
    }

    private static void sampleBatch(List<NoisyPairs> data, Random random, float[] noisy, float[] clean) {
        for (int b = 0; b < BATCH; b++) {
            NoisyPairs pair = data.get(random.nextInt(data.size()));
            int x = random.nextInt(pair.width() - PATCH + 1);
            int y = random.nextInt(pair.height() - PATCH + 1);
            pair.patch(x, y, PATCH, random.nextInt(8), noisy, clean, b * PATCH * PATCH);
        }
    }

    private static void writeAtomically(Model model, Path weights) throws Exception {
        Path temporary = Files.createTempFile(weights.getParent(), "dncnn", ".partial");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
            model.getBlock().saveParameters(new DataOutputStream(out));
        }
        Files.move(temporary, weights, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
