package org.neuralij.task;

/** Where a task reports what it does and how far it is, and learns whether the user cancelled. */
@FunctionalInterface
public interface TaskProgress {

    TaskProgress NONE = () -> false;

    default void status(String message) {
    }

    /** Something the user must read even in a batch run (a device fallback, slower kernels): by default the status line. */
    default void notice(String message) {
        status(message);
    }

    /** Fraction done, from 0 to 1. */
    default void progress(double fraction) {
    }

    boolean isCancelled();

    /** This progress as seen by a step that covers the fraction {@code from}…{@code to} of the whole. */
    default TaskProgress part(double from, double to) {
        TaskProgress whole = this;
        return new TaskProgress() {
            @Override
            public void status(String message) {
                whole.status(message);
            }

            @Override
            public void notice(String message) {
                whole.notice(message);
            }

            @Override
            public void progress(double fraction) {
                whole.progress(from + (to - from) * fraction);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
