package org.neuralij.task.train;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ByteProcessor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Two unpaired domains made for a test: bright blobs on a dark ground, and dark blobs on a bright ground, drawn independently. */
final class BlobFolders {

    private BlobFolders() {
    }

    /** {@code count} 8-bit images of {@code size} px; {@code brightBlobs} chooses the domain. */
    static Path create(Path folder, int count, int size, boolean brightBlobs, long seed) throws Exception {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            ByteProcessor image = new ByteProcessor(size, size);
            image.setValue(brightBlobs ? 30 : 220);
            image.fill();
            image.setValue(brightBlobs ? 220 : 30);
            for (int blob = 0; blob < 4; blob++) {
                int diameter = 8 + random.nextInt(10);
                image.fillOval(random.nextInt(size - diameter), random.nextInt(size - diameter), diameter, diameter);
            }
            image.noise(6);
            IJ.saveAsTiff(new ImagePlus("blobs" + i, image), folder.resolve("blobs" + i + ".tif").toString());
        }
        return folder;
    }
}
