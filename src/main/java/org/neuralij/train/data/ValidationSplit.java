package org.neuralij.train.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Splits items (images or pairs) into training and validation sets by a seeded shuffle of their names:
 * the same names, fraction and seed always give the same split, whatever order the items come in. With a
 * fraction above 0 and at least 2 items, each side gets at least one item.
 */
public final class ValidationSplit<T> {

    private final List<T> training;
    private final List<T> validation;

    private ValidationSplit(List<T> training, List<T> validation) {
        this.training = List.copyOf(training);
        this.validation = List.copyOf(validation);
    }

    public static <T> ValidationSplit<T> of(List<T> items, Function<T, String> nameOf, double fraction, long seed) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("The validation fraction must be at least 0 and below 1, but is "
                    + fraction + ". Typical values are 0.1 to 0.2.");
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("There are no images to split into training and validation.");
        }
        if (fraction > 0 && items.size() == 1) {
            throw new IllegalArgumentException("There is only one image ('" + nameOf.apply(items.get(0))
                    + "'), so none can be held out for validation (fraction " + fraction + "). Add images or"
                    + " set the validation fraction to 0.");
        }
        List<T> shuffled = new ArrayList<>(items);
        shuffled.sort(Comparator.comparing(nameOf));
        Collections.shuffle(shuffled, new Random(seed));
        int count = fraction == 0 ? 0
                : (int) Math.max(1, Math.min(items.size() - 1, Math.round(fraction * items.size())));
        return new ValidationSplit<>(shuffled.subList(count, shuffled.size()), shuffled.subList(0, count));
    }

    public List<T> training() {
        return training;
    }

    public List<T> validation() {
        return validation;
    }
}
