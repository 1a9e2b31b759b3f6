package org.neuralij.bench;

/** A command and the bare forward pass it is compared with, timed alternately (after one warm-up run of each): their median seconds. */
record SideBySide(double command, double bare) {

    static SideBySide time(int repeats, Runnable bare, Runnable command) {
        command.run();
        bare.run();
        double[] commandSeconds = new double[repeats];
        double[] bareSeconds = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
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
