package org.neuralij.nn.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What a kernel verdict depends on: the CPU as the OS describes it (vendor, family, model, stepping,
 * feature flags), the libtorch version and the check itself. Two machines with the same signature get
 * the same kernels; a new CPU, libtorch or check revision is checked again.
 */
final class MachineSignature {

    /** Raise when {@link ConvolutionCheck} changes, so that old verdicts are not reused. */
    static final int CHECK_REVISION = 1;

    private static final Set<String> CPU_FIELDS = Set.of("vendor_id", "cpu family", "model", "model name", "stepping", "flags");

    private MachineSignature() {
    }

    static String of(String libtorchVersion) {
        StringBuilder text = new StringBuilder();
        text.append("check ").append(CHECK_REVISION).append('\n');
        text.append("libtorch ").append(libtorchVersion).append('\n');
        text.append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
        text.append(cpuDescription());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The first processor's entry of /proc/cpuinfo (the fields that say which CPU it is), or the JVM's view elsewhere. */
    static String cpuDescription() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) return System.getenv().getOrDefault("PROCESSOR_IDENTIFIER", "unknown cpu");
        try {
            List<String> lines = Files.readAllLines(cpuinfo, StandardCharsets.UTF_8);
            StringBuilder first = new StringBuilder();
            for (String line : lines) {
                if (line.isBlank()) break;
                int colon = line.indexOf(':');
                if (colon > 0 && CPU_FIELDS.contains(line.substring(0, colon).trim())) first.append(line.trim()).append('\n');
            }
            return first.toString();
        } catch (IOException unreadable) {
            return "unknown cpu";
        }
    }
}
