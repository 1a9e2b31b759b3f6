package org.neuralij.train.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ValidationSplitTest {

    static List<String> names(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("img" + i + ".tif");
        }
        return names;
    }

    @Test
    void sameSeedGivesSameDisjointSplitWhateverTheOrder() {
        List<String> names = names(20);
        ValidationSplit<String> split = ValidationSplit.of(names, Function.identity(), 0.2, 9);
        List<String> reversed = new ArrayList<>(names);
        Collections.reverse(reversed);
        ValidationSplit<String> again = ValidationSplit.of(reversed, Function.identity(), 0.2, 9);

        assertEquals(split.validation(), again.validation());
        assertEquals(split.training(), again.training());
        assertEquals(4, split.validation().size());
        Set<String> all = new HashSet<>(split.training());
        all.addAll(split.validation());
        assertEquals(20, all.size());
        assertTrue(split.training().stream().noneMatch(split.validation()::contains));
        assertTrue(!split.validation().equals(ValidationSplit.of(names, Function.identity(), 0.2, 10).validation())
                || !split.validation().equals(ValidationSplit.of(names, Function.identity(), 0.2, 11).validation()));
    }

    @Test
    void bothSidesGetAnImageFromTwoImagesOn() {
        ValidationSplit<String> tiny = ValidationSplit.of(names(2), Function.identity(), 0.01, 1);
        assertEquals(1, tiny.validation().size());
        assertEquals(1, tiny.training().size());
        ValidationSplit<String> large = ValidationSplit.of(names(3), Function.identity(), 0.9, 1);
        assertEquals(1, large.training().size());
        assertEquals(0, ValidationSplit.of(names(1), Function.identity(), 0, 1).validation().size());
    }

    @Test
    void oneImageCannotBeSplit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValidationSplit.of(List.of("only.tif"), Function.identity(), 0.1, 1));
        assertTrue(e.getMessage().contains("only one image ('only.tif')"), e.getMessage());
        assertTrue(e.getMessage().contains("set the validation fraction to 0"), e.getMessage());
    }

    @Test
    void fractionOutsideZeroToOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValidationSplit.of(names(4), Function.identity(), 1.0, 1));
        assertTrue(e.getMessage().contains("must be at least 0 and below 1"), e.getMessage());
    }
}
