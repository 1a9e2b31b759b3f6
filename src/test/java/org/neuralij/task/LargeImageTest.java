package org.neuralij.task;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neuralij.model.Fixtures;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An 8000×8000 32-bit image (256 MB, as large as input and output together allow in one piece) runs by tiling within a 2 GiB heap. */
@Tag("slow")
class LargeImageTest {

    @Test
    void an8000By8000FloatImageRunsWithinA2GiBHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx2g", "-Djava.awt.headless=true", "-Dai.djl.offline=true",
                "-cp", System.getProperty("java.class.path"), LargeImageRun.class.getName(),
                Fixtures.folder("tiny-unet").toString(), "8000", "8000"));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "finished");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        assertTrue(text.contains("RESULT 8000x8000 bitDepth=32 finite=true"), text);
        long peak = Long.parseLong(text.replaceAll("(?s).*PEAK_HEAP_BYTES=(\\d+).*", "$1"));
        assertTrue(peak < 2L << 30, "peak heap " + peak);
    }
}
