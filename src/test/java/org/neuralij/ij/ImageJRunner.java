package org.neuralij.ij;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a macro in the real ImageJ 1.x laid out by {@code mvn package} in target/imagej, the
 * way a user's batch job does: {@code java -Dplugins.dir=target/imagej -jar ij.jar -batch macro}.
 * ImageJ 1.x needs a display even in batch mode: without one the run goes through
 * {@code xvfb-run}. The user model folder is a test's own, so that nothing installed on the
 * machine counts.
 */
final class ImageJRunner {

    static final Path IMAGEJ = Paths.get(System.getProperty("neuralij.imagej.dir", "target/imagej"));
    static final Path PROJECT = Paths.get(System.getProperty("neuralij.project.dir", "."));
    private static final long TIME_OUT_MINUTES = 3;

    private final Path userModels;

    ImageJRunner(Path userModels) {
        this.userModels = userModels;
    }

    record Run(int exitCode, String output) {
        List<String> linesStartingWith(String prefix) {
            return output.lines().filter(line -> line.startsWith(prefix)).toList();
        }
    }

    Run macro(Path macro, String argument) throws IOException, InterruptedException {
        List<String> command = javaCommand();
        command.addAll(List.of("-jar", IMAGEJ.resolve("ij.jar").toAbsolutePath().toString(), "-batch", macro.toAbsolutePath().toString()));
        if (argument != null) command.add(argument);
        return run(command);
    }

    /**
     * Runs a macro through the project's launcher, {@code bin/imagej -batch}, as the README tells users to: with its
     * native-memory settings, its display handling and its exit status on a failed NeuralIJ command.
     */
    Run launcher(Path macro, String argument) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PROJECT.resolve("bin/imagej").toAbsolutePath().toString(), "-batch", macro.toAbsolutePath().toString()));
        if (argument != null) command.add(argument);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("NEURALIJ_JAVA_OPTS", "-Xmx2g -Dai.djl.offline=true -Dneuralij.models.dir=" + userModels.toAbsolutePath() + " "
                + String.join(" ", passedOn()));
        return run(builder);
    }

    /** Runs a main class of the test class path in ImageJ's settings (plugins folder, display). */
    Run javaMain(String mainClass, String... javaOptions) throws IOException, InterruptedException {
        List<String> command = javaCommand();
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return run(command);
    }

    private List<String> javaCommand() {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(displayPrefix());
        command.addAll(List.of(java, "-Xmx2g", "-Dai.djl.offline=true",
                "-Dplugins.dir=" + IMAGEJ.toAbsolutePath(), "-Dneuralij.models.dir=" + userModels.toAbsolutePath()));
        command.addAll(passedOn());
        return command;
    }

    /** The engine settings a test run was given (e.g. -Dai.djl.pytorch.num_threads=1), passed on to the ImageJ it starts. */
    private static List<String> passedOn() {
        List<String> options = new ArrayList<>();
        for (String property : new String[] {"ai.djl.pytorch.num_threads", "ai.djl.pytorch.num_interop_threads", "neuralij.kernels"}) {
            String value = System.getProperty(property);
            if (value != null) options.add("-D" + property + "=" + value);
        }
        return options;
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command));
    }

    private Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.directory(PROJECT.toFile()).redirectErrorStream(true).start();
        Path log = Files.createTempFile("imagej", ".log");
        Thread reader = new Thread(() -> copy(process, log));
        reader.start();
        if (!process.waitFor(TIME_OUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("ImageJ did not finish within " + TIME_OUT_MINUTES + " minutes:\n" + Files.readString(log));
        }
        reader.join();
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static List<String> displayPrefix() {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isEmpty()) return List.of();
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Paths.get(folder, "xvfb-run"))) return List.of("xvfb-run", "-a");
        }
        throw new AssertionError("ImageJ 1.x needs a display even for -batch, and there is none (DISPLAY is not set) and no xvfb-run: "
                + "run the tests on a desktop, or install Xvfb (Debian/Ubuntu: apt-get install xvfb).");
    }

    Run macroText(String text, Path folder) throws IOException, InterruptedException {
        Path macro = Files.writeString(Files.createTempFile(folder, "test", ".ijm"), text);
        return macro(macro, null);
    }

    private static void copy(Process process, Path log) {
        try {
            Files.copy(process.getInputStream(), log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            // the process ended; what was read is in the log
        }
    }
}
