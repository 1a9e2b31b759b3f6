package org.neuralij.recipes;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every image the project ships for tests or training has its source and licence written down. */
class ProvenanceTest {

    @Test
    void everyTestImageIsListedInItsProvenance() throws IOException {
        assertListed(Paths.get("test-images"), Paths.get("test-images", "PROVENANCE"));
    }

    @Test
    void everyTrainingPhotographIsListedWithItsLicence() throws IOException {
        Path provenance = Paths.get("training-images", "PROVENANCE");
        assertListed(RecipeFiles.TRAINING_PHOTOS, provenance);
        assertTrue(Files.readString(provenance).contains("GPL-2+"), "the photographs' licence is stated");
        assertTrue(Files.exists(RecipeFiles.TRAINING_PHOTOS.resolve("COPYRIGHT.mate-backgrounds")), "the package's copyright file is kept");
        assertEquals(12, images(RecipeFiles.TRAINING_PHOTOS).size(), "the twelve nature photographs of mate-backgrounds");
    }

    private static void assertListed(Path folder, Path provenance) throws IOException {
        String listed = Files.readString(provenance);
        for (String name : images(folder))
            assertTrue(listed.lines().anyMatch(line -> line.startsWith(name + " ")), name + " is listed in " + provenance);
    }

    private static List<String> images(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches(".*\\.(png|jpg|tif)")).sorted().toList();
        }
    }
}
