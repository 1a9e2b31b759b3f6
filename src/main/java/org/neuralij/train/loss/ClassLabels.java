package org.neuralij.train.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/** Integer class labels N×H×W (of any numeric type) checked against logits N×K×H×W and turned into one-hot N×K×H×W floats. */
final class ClassLabels {

    private ClassLabels() {
    }

    static NDArray oneHot(NDArray labels, Shape logits) {
        if (logits.dimension() != 4) throw new IllegalArgumentException("Logits must be N×K×H×W, not " + logits);
        Shape expected = new Shape(logits.get(0), logits.get(2), logits.get(3));
        if (!labels.getShape().equals(expected)) {
            throw new IllegalArgumentException("Labels " + labels.getShape() + " do not match logits " + logits + ": expected " + expected);
        }
        long classes = logits.get(1);
        NDArray asFloat = labels.toType(DataType.FLOAT32, false);
        float lowest = asFloat.min().getFloat();
        float highest = asFloat.max().getFloat();
        if (!(lowest >= 0)) throw outOfRange(lowest, classes);
        if (!(highest < classes)) throw outOfRange(highest, classes);
        NDArray fractions = asFloat.sub(asFloat.floor()).max();
        if (fractions.getFloat() != 0) throw new IllegalArgumentException("Class labels must be whole numbers");
        return asFloat.toType(DataType.INT64, false).oneHot((int) classes, DataType.FLOAT32).transpose(0, 3, 1, 2);
    }

    private static IllegalArgumentException outOfRange(float label, long classes) {
        String shown = label == Math.rint(label) ? Long.toString((long) label) : Float.toString(label);
        return new IllegalArgumentException("Class label " + shown + " is outside [0, " + classes + ") for " + classes + " classes");
    }
}
