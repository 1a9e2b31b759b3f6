package org.neuralij.task;

import java.util.ArrayList;
import java.util.List;

/** A progress that is never cancelled and keeps every fraction it is given, to check that a task shows one progress bar. */
final class RecordedProgress implements TaskProgress {

    final List<Double> fractions = new ArrayList<>();

    @Override
    public void progress(double fraction) {
        fractions.add(fraction);
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
