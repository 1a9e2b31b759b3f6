package org.neuralij.task.train;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** A user's folder of clean training images, made for a test: 96×96 8-bit crops of three test images. */
public final class CleanImageFolder {

    private CleanImageFolder() {
    }

    public static Path create(Path folder) throws Exception {
        Files.createDirectories(folder);
        for (String source : new String[] {"brick.png", "coins.png", "moon.png"}) {
            ImagePlus image = IJ.openImage(Paths.get(System.getProperty("neuralij.project.dir", "."), "test-images", source).toString());
            ImageProcessor gray = image.getProcessor().convertToByte(false);
            gray.setRoi(100, 100, 96, 96);
            IJ.saveAsTiff(new ImagePlus(source, gray.crop()), folder.resolve(source.replace(".png", ".tif")).toString());
        }
        return folder;
    }
}
