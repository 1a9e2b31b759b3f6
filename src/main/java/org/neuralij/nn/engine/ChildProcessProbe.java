package org.neuralij.nn.engine;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Runs {@link KernelProbe} for one choice in a child JVM with this process's class path, and reads its verdict. */
final class ChildProcessProbe implements KernelSelection.Probe {

    private static final long TIMEOUT_SECONDS = 180;
    /** System properties the child must share (offline natives, thread count, where DJL keeps its natives). */
    private static final String[] SHARED_PROPERTIES = {"ai.djl.offline", "ai.djl.pytorch.num_threads", "ai.djl.pytorch.num_interop_threads",
            "DJL_CACHE_DIR", "ENGINE_CACHE_DIR"};

    @Override
    public ConvolutionCheck.Result probe(KernelChoice choice) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        for (String property : SHARED_PROPERTIES) {
            String value = System.getProperty(property);
            if (value != null) command.add("-D" + property + "=" + value);
        }
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath()));
        command.add(KernelProbe.class.getName());
        command.add(choice.key());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(OneDnnSwitch.ISA_VARIABLE);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("the kernel check of " + choice.key() + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking the kernels", interrupted);
        }
        for (String line : output.split("\n")) {
            if (line.startsWith(KernelProbe.MARK)) return parse(line.substring(KernelProbe.MARK.length()).trim());
        }
        String tail = output.length() > 800 ? output.substring(output.length() - 800) : output;
        throw new IOException("the kernel check of " + choice.key() + " ended (exit status " + process.exitValue() + ") without a verdict: " + tail.trim());
    }

    private static ConvolutionCheck.Result parse(String verdict) {
        return new ConvolutionCheck.Result(verdict.startsWith("passed"), verdict.substring(verdict.indexOf(' ') + 1));
    }

    /**
     * The JVM's class path plus every jar of the class loaders that loaded NeuralIJ and DJL: in ImageJ and
     * Fiji the plugin and its dependencies are not on {@code java.class.path} but in a plugin class loader.
     */
    static List<String> classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) entries.add(entry);
        }
        for (Class<?> anchor : new Class<?>[] {KernelProbe.class, ai.djl.engine.Engine.class, ai.djl.pytorch.engine.PtEngine.class}) {
            for (ClassLoader loader = anchor.getClassLoader(); loader != null; loader = loader.getParent()) {
                if (loader instanceof URLClassLoader urls) {
                    for (URL url : urls.getURLs()) addFile(entries, url);
                }
            }
            if (anchor.getProtectionDomain().getCodeSource() != null) addFile(entries, anchor.getProtectionDomain().getCodeSource().getLocation());
        }
        return new ArrayList<>(entries);
    }

    private static void addFile(Set<String> entries, URL url) {
        if (url == null || !"file".equals(url.getProtocol())) return;
        try {
            entries.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException ignored) {
            // not a plain file location: the JVM's own class path covers it or nothing can
        }
    }
}
