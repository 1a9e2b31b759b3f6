package org.neuralij.task;

/** Where a task reports what it does and how far it is, and learns whether the user cancelled. */
public interface TaskProgress {

    TaskProgress NONE = new TaskProgress() {
        @Override
        public void status(String message) {
        }

        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void status(String message);

    /** Fraction done, from 0 to 1. */
    void progress(double fraction);

    boolean isCancelled();
}
