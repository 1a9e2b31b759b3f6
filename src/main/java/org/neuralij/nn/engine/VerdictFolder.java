package org.neuralij.nn.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** Kernel verdicts kept as one small properties file per machine signature in a folder (by default {@code ~/.neuralij/kernels}). */
final class VerdictFolder implements KernelSelection.Memory {

    private final Path folder;

    VerdictFolder(Path folder) {
        this.folder = folder;
    }

    static VerdictFolder standard() {
        String configured = System.getProperty("neuralij.kernels.folder");
        return new VerdictFolder(configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".neuralij", "kernels"));
    }

    Path fileOf(String signature) {
        return folder.resolve(signature + ".properties");
    }

    @Override
    public Optional<KernelSelection.Verdict> recall(String signature) {
        Path file = fileOf(signature);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            KernelChoice choice = KernelChoice.parse(properties.getProperty("choice", ""));
            List<String> rejected = new ArrayList<>();
            for (int i = 0; properties.containsKey("rejected." + i); i++) rejected.add(properties.getProperty("rejected." + i));
            return Optional.of(new KernelSelection.Verdict(choice, List.copyOf(rejected)));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void remember(String signature, KernelSelection.Verdict verdict) throws IOException {
        Files.createDirectories(folder);
        Properties properties = new Properties();
        properties.setProperty("choice", verdict.choice().key());
        properties.setProperty("cpu", MachineSignature.cpuDescription().lines().filter(l -> !l.startsWith("flags")).reduce((a, b) -> a + "; " + b).orElse(""));
        for (int i = 0; i < verdict.rejected().size(); i++) properties.setProperty("rejected." + i, verdict.rejected().get(i));
        Path partial = Files.createTempFile(folder, signature, ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            properties.store(out, "CPU convolution kernels NeuralIJ checked on this machine");
        }
        try {
            Files.move(partial, fileOf(signature), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(partial, fileOf(signature), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
