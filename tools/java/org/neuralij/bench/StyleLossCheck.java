package org.neuralij.bench;

import org.neuralij.image.FloatImage;
import org.neuralij.nn.engine.TorchEngine;
import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.neuralij.nn.FeatureExtractor;
import org.neuralij.nn.FeatureNetworks;
import org.neuralij.train.data.Augmentation;
import org.neuralij.train.data.ContentImages;
import org.neuralij.train.data.StyleImage;
import org.neuralij.train.loop.FastStyleSettings;
import org.neuralij.train.loop.FastStyleTrainer;
import org.neuralij.train.loop.StylePictures;
import org.neuralij.train.loop.StyleScores;
import org.neuralij.train.loop.TrainingListener;
import org.neuralij.train.loop.TrainingSettings;
import org.neuralij.train.loss.StyleTransferLoss;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Does fast style training learn with each feature network? Trains a style network on content
 * patches against one style image with the random-filter features, and with a TorchScript VGG
 * when a file is given, then prints the unweighted style and content losses on fixed content
 * patches for the untrained network, the content patches themselves and the trained network.
 * Args: [CONTENT_FOLDER|-] [STYLE_FILE|-] [VGG_TAPS.pt|-] [EPOCHS STEPS BATCH PATCH WIDTH BLOCKS]
 * ("-": made here — smooth colour content and coloured stripes; default sizes 1 20 2 32 8 1,
 * a tiny setting of about a minute on 2 idle cores); works in target/bench/style.
 */
public final class StyleLossCheck {

    private static final long SEED = 7;

    private StyleLossCheck() {
    }

    public static void main(String[] args) throws Exception {
        TorchEngine.kernels(); // the kernels every NeuralIJ command uses, checked on this machine
        Path work = Paths.get("target", "bench", "style");
        Files.createDirectories(work);
        Path content = arg(args, 0) == null ? StylePictures.contentFolder(work.resolve("content"), 3, 64) : Paths.get(arg(args, 0));
        Path styleFile = arg(args, 1) == null ? StylePictures.save(StylePictures.stripes(96, 96), work.resolve("stripes.tif")) : Paths.get(arg(args, 1));
        Path vgg = arg(args, 2) == null ? null : Paths.get(arg(args, 2));
        int[] sizes = {1, 20, 2, 32, 8, 1};
        for (int i = 0; i < sizes.length && 3 + i < args.length; i++) sizes[i] = Integer.parseInt(args[3 + i]);
        TrainingSettings training = new TrainingSettings(sizes[0], sizes[1], sizes[2], 5e-3f, 1000, SEED);
        int patch = sizes[3];
        ContentImages images = ContentImages.read(content, patch, Augmentation.orientations());
        StyleImage style = StyleImage.read(styleFile);
        List<Path> networks = new ArrayList<>();
        networks.add(null);
        if (vgg != null) networks.add(vgg);
        System.out.printf(Locale.ROOT, "content %s, style %s, %d epoch(s) x %d steps, batch %d, patch %d, style-net width %d, %d blocks%n",
                content, styleFile, sizes[0], sizes[1], sizes[2], patch, sizes[4], sizes[5]);
        for (Path network : networks) measure(network, training, images, style, patch, sizes[4], sizes[5], work);
    }

    private static void measure(Path vgg, TrainingSettings training, ContentImages images, StyleImage style, int patch, int width, int blocks, Path work) throws Exception {
        Shape patches = new Shape(4, 3, patch, patch);
        try (NDManager manager = NDManager.newBaseManager(Device.cpu(), "PyTorch"); FeatureExtractor features = FeatureNetworks.open(vgg, Device.cpu())) {
            StyleTransferLoss.Weights defaults = FastStyleSettings.DEFAULT_LOSS;
            StyleTransferLoss.Weights weights = new StyleTransferLoss.Weights(defaults.content(), defaults.style(), defaults.totalVariation(),
                    Math.min(defaults.contentTap(), features.tapCount() - 1), Math.min(defaults.styleTaps(), features.tapCount()), defaults.distance());
            FastStyleSettings settings = FastStyleSettings.defaults().withNetwork(width, blocks).withLoss(weights).withFeatureNetwork(vgg);
            Path folder = work.resolve(vgg == null ? "random" : "vgg");
            Files.deleteIfExists(folder.resolve(FastStyleTrainer.CHECKPOINT));
            long start = System.nanoTime();
            new FastStyleTrainer(training, settings, Device.cpu()).train("style-check", images, style, folder, new TrainingListener() {
                @Override
                public void notice(String message) {
                    System.out.println("  note: " + message);
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            FloatImage pixels = style.shrunkTo(settings.styleSize()).pixels();
            StyleTransferLoss loss = new StyleTransferLoss(features::taps, weights, manager.create(pixels.data(), new Shape(1, 3, pixels.height(), pixels.width())));
            NDArray validation = manager.create(images.fixedBatch(4, 99), patches);
            Engine.getEngine("PyTorch").setRandomSeed((int) SEED);
            StyleScores before = StyleScores.of(StyleScores.untrained(settings, manager, patches), loss, validation);
            StyleScores after = StyleScores.of(StyleScores.trained(settings, folder, manager, patches), loss, validation);
            System.out.printf(Locale.ROOT, "%s%n  weights: content %.3g x tap %d, style %.3g x taps 0-%d, tv %.3g%n", features.description(),
                    weights.content(), weights.contentTap(), weights.style(), weights.styleTaps() - 1, weights.totalVariation());
            System.out.printf(Locale.ROOT, "  style loss:   untrained %.5g, content itself %.5g, trained %.5g%n", before.style(), loss.style(validation).getFloat(), after.style());
            System.out.printf(Locale.ROOT, "  content loss: untrained %.5g, trained %.5g   (training %.1f s)%n", before.content(), after.content(), seconds);
        }
    }

    private static String arg(String[] args, int index) {
        return args.length > index && !"-".equals(args[index]) ? args[index] : null;
    }
}
