package org.neuralij.bench;

/**
 * A command and the bare forward pass it is compared with, timed alternately after warm-up runs of each (one, or as
 * many as fit in {@value #WARM_UP_SECONDS} s up to {@value #MAX_WARM_UPS}: a command of a tenth of a second runs its
 * Java code interpreted for its first few calls, which a long command does not notice): their median seconds.
 */
record SideBySide(double command, double bare) {

    static final double WARM_UP_SECONDS = 2;
    static final int MAX_WARM_UPS = 10;

    static SideBySide time(int repeats, Runnable bare, Runnable command) {
        long start = System.nanoTime();
        command.run();
        bare.run();
        double pair = (System.nanoTime() - start) / 1e9;
        int more = (int) Math.min(MAX_WARM_UPS - 1, Math.floor(WARM_UP_SECONDS / pair) - 1);
        for (int w = 0; w < more; w++) {
            command.run();
            bare.run();
        }
        double[] commandSeconds = new double[repeats];
        double[] bareSeconds = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            start = System.nanoTime();
            bare.run();
            bareSeconds[r] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            command.run();
            commandSeconds[r] = (System.nanoTime() - start) / 1e9;
        }
        return new SideBySide(Median.of(commandSeconds), Median.of(bareSeconds));
    }

    double ratio() {
        return command / bare;
    }
}
