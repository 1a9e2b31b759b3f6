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

    @Test
    void everyHeldOutAndColourPhotographIsListedWithItsLicence() throws IOException {
        assertListed(Paths.get("test-images", "photos"), Paths.get("test-images", "PROVENANCE"));
        assertListed(Paths.get("training-images", "colour"), Paths.get("training-images", "PROVENANCE"));
        for (String line : Files.readAllLines(Paths.get("test-images", "PROVENANCE"))) {
            if (line.matches("[a-z0-9_]+\\.png +\\S+_by_\\S+\\.jpg.*")) assertTrue(line.contains("CC"), "a licence for " + line);
        }
        assertEquals(14, images(Paths.get("test-images", "photos")).size(), "fourteen held-out photographs");
        assertEquals(23, images(Paths.get("training-images", "colour")).size(), "twelve mate and eleven plasma photographs");
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
