package org.neuralij.train.data;

import ij.IJ;
import ij.ImagePlus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnpairedFoldersTest {

    @TempDir
    Path temp;

    private Path folder(String name, int count, String type) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (int i = 0; i < count; i++) {
            ImagePlus image = IJ.createImage(name + i, type + " ramp", 40 + i, 30, 1);
            IJ.saveAsTiff(image, folder.resolve(name + i + ".tif").toString());
        }
        return folder;
    }

    @Test
    void bothDomainsAreReadNormalisedAndUnpaired() throws Exception {
        UnpairedFolders domains = UnpairedFolders.read(folder("fluo", 3, "8-bit"), folder("bright", 2, "RGB"));
        assertEquals(3, domains.domainA().size());
        assertEquals(2, domains.domainB().size());
        assertEquals(1, domains.domainA().get(0).input().channels());
        assertEquals(3, domains.domainB().get(0).input().channels());
        TrainingPair first = domains.domainA().get(0);
        assertSame(first.input(), first.target(), "an image is its own target");
        float max = 0;
        for (float value : first.input().data()) max = Math.max(max, value);
        assertTrue(max > 0.9f && max < 1.1f, "normalised by its percentiles: max " + max);
        PatchSampler.unaugmented(domains.domainB(), 16, 1).next(new java.util.Random(1));
    }

    @Test
    void anEmptyDomainIsNamed() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> UnpairedFolders.read(folder("a", 1, "8-bit"), empty));
        assertTrue(failure.getMessage().startsWith("Domain B (domain_b=)"), failure.getMessage());
    }
}
