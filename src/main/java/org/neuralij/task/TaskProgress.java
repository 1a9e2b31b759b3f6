package org.neuralij.task;

/** Where a task reports what it does and how far it is, and learns whether the user cancelled. */
@FunctionalInterface
public interface TaskProgress {

    TaskProgress NONE = () -> false;

    default void status(String message) {
    }

    /** Fraction done, from 0 to 1. */
    default void progress(double fraction) {
    }

    boolean isCancelled();
}
