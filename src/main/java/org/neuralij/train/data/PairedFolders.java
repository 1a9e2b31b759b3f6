package org.neuralij.train.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the images of an input folder with those of a target folder by base name ("a.tif" with "a.png").
 * Stacks pair slice by slice. With a scale factor s (super-resolution) each target must be s times the
 * size of its input; with s = 1 they must be the same size.
 */
public final class PairedFolders {

    private PairedFolders() {
    }

    public static List<ImagePair> read(Path inputFolder, Path targetFolder, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("The scale factor must be 1 or more, but is " + scale + ".");
        }
        ImageFolder inputs = ImageFolder.open(inputFolder);
        ImageFolder targets = ImageFolder.open(targetFolder);
        Map<String, Path> inputByName = byBaseName(inputs);
        Map<String, Path> targetByName = byBaseName(targets);
        requireSameNames(inputs, inputByName, targets, targetByName);

        Map<String, List<TrainingImage>> inputImages = groupByBaseName(inputs.readImages());
        Map<String, List<TrainingImage>> targetImages = groupByBaseName(targets.readImages());
        List<ImagePair> pairs = new ArrayList<>();
        for (String name : inputByName.keySet()) {
            List<TrainingImage> in = inputImages.get(name);
            List<TrainingImage> out = targetImages.get(name);
            if (in.size() != out.size()) {
                throw new IllegalArgumentException("Input '" + in.get(0).fileName() + "' has " + in.size()
                        + " slice(s) but target '" + out.get(0).fileName() + "' has " + out.size()
                        + ": a stack pairs slice by slice, so both need the same number of slices.");
            }
            for (int i = 0; i < in.size(); i++) {
                requireMatchingSize(in.get(i), out.get(i), scale);
                pairs.add(new ImagePair(in.get(i), out.get(i)));
            }
        }
        return pairs;
    }

    private static Map<String, Path> byBaseName(ImageFolder folder) {
        Map<String, Path> byName = new LinkedHashMap<>();
        for (Path file : folder.files()) {
            Path earlier = byName.putIfAbsent(ImageFolder.baseName(file), file);
            if (earlier != null) {
                throw new IllegalArgumentException("The folder " + folder.folder() + " holds two images with the"
                        + " base name '" + ImageFolder.baseName(file) + "': " + earlier.getFileName() + " and "
                        + file.getFileName() + ". Pairs are matched by name without extension, so rename or"
                        + " remove one.");
            }
        }
        return byName;
    }

    private static void requireSameNames(ImageFolder inputs, Map<String, Path> inputByName,
                                         ImageFolder targets, Map<String, Path> targetByName) {
        List<String> inputsAlone = withoutPartner(inputByName, targetByName);
        List<String> targetsAlone = withoutPartner(targetByName, inputByName);
        if (inputsAlone.isEmpty() && targetsAlone.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("Input and target images are paired by name (the extension"
                + " may differ), but some have no partner.");
        if (!inputsAlone.isEmpty()) {
            message.append(" In the input folder ").append(inputs.folder()).append(" with no target: ")
                    .append(NameList.summarize(inputsAlone)).append('.');
        }
        if (!targetsAlone.isEmpty()) {
            message.append(" In the target folder ").append(targets.folder()).append(" with no input: ")
                    .append(NameList.summarize(targetsAlone)).append('.');
        }
        message.append(" Rename them to match or remove them.");
        throw new IllegalArgumentException(message.toString());
    }

    private static List<String> withoutPartner(Map<String, Path> side, Map<String, Path> other) {
        List<String> alone = new ArrayList<>();
        side.forEach((name, file) -> {
            if (!other.containsKey(name)) {
                alone.add(file.getFileName().toString());
            }
        });
        return alone;
    }

    private static Map<String, List<TrainingImage>> groupByBaseName(List<TrainingImage> images) {
        Map<String, List<TrainingImage>> groups = new LinkedHashMap<>();
        for (TrainingImage image : images) {
            groups.computeIfAbsent(ImageFolder.baseName(image.fileName()), k -> new ArrayList<>()).add(image);
        }
        return groups;
    }

    private static void requireMatchingSize(TrainingImage input, TrainingImage target, int scale) {
        if (target.width() == scale * input.width() && target.height() == scale * input.height()) {
            return;
        }
        String expected = scale == 1
                ? "both must have the same size"
                : "with scale factor " + scale + " the target must be " + scale * input.width() + "x"
                        + scale * input.height() + " px";
        throw new IllegalArgumentException("Input '" + input.label() + "' is " + input.width() + "x"
                + input.height() + " px and target '" + target.label() + "' is " + target.width() + "x"
                + target.height() + " px, but " + expected + ". Resize or crop one of them"
                + (scale == 1 ? ", or give the scale factor if this is super-resolution." : "."));
    }
}
