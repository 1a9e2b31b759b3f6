package org.neuralij.task.train;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** augment= as Train Model reads it: each task's default, none, checks, and the macro line that repeats it. */
class TrainRequestAugmentationTest {

    private static final Path IMAGES = Path.of("images");

    @Test
    void eachTaskHasItsDefaultAndSegmentationVariesWhatMicroscopesVary() {
        TrainRequest segment = TrainRequest.builder("segment", IMAGES, "s").targets(Path.of("masks")).build();
        assertEquals(TrainingTask.SEGMENT.defaultAugmentation(), segment.augmentation().spec());
        for (String step : new String[] {"zoom=0.5-2", "field=", "scale=", "gamma=", "offset=", "blur=", "noise="}) {
            assertTrue(segment.augmentation().spec().contains(step), segment.augmentation().spec());
        }
        assertEquals("flip,rot90", TrainRequest.builder("denoise", IMAGES, "d").build().augmentation().spec());
        assertEquals("flip,rot90", TrainRequest.builder("generate", IMAGES, "g").patch(16).build().augmentation().spec());
        for (TrainingTask task : TrainingTask.values()) {
            assertTrue(task.defaultAugmentation().startsWith("flip"), task + " turns and mirrors its patches: " + task.defaultAugmentation());
        }
    }

    @Test
    void theGivenSpecIsKeptAsItReadsBackAndRepeatedByTheMacroLine() {
        TrainRequest request = TrainRequest.builder("restore", IMAGES, "r").augment(" flip=x , field=0-0.5 ").build();
        assertEquals("flip=x,field=0-0.5", request.augmentation().spec());
        assertTrue(request.macroLine().contains(" augment=[flip=x,field=0-0.5] "), request.macroLine());
        TrainRequest none = TrainRequest.builder("denoise", IMAGES, "d").augment("none").build();
        assertEquals("none", none.augmentation().spec());
        assertTrue(none.macroLine().contains(" augment=[none] "), none.macroLine());
    }

    @Test
    void badSpecsAndValueStepsForAGeneratorAreRefused() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("denoise", IMAGES, "d").augment("flip,spin").build());
        assertTrue(bad.getMessage().contains("Bad augmentation step \"spin\"") && bad.getMessage().contains("known steps"), bad.getMessage());
        IllegalArgumentException generator = assertThrows(IllegalArgumentException.class,
                () -> TrainRequest.builder("generate", IMAGES, "g").patch(16).augment("flip,scale=0.5-2").build());
        assertTrue(generator.getMessage().contains("task=generate would learn to make the changed images"), generator.getMessage());
        assertEquals("flip,zoom=0.8-1.2", TrainRequest.builder("generate", IMAGES, "g").patch(16).augment("flip,zoom=0.8-1.2").build().augmentation().spec());
    }
}
