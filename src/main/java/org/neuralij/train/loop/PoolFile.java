package org.neuralij.train.loop;

import org.neuralij.train.data.ImagePool;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * CycleGAN's pools of past fakes saved beside the checkpoints, so that a resumed training shows its critics
 * what an uninterrupted one would. The file names the step it belongs to; a file of another step (a crash
 * between writing it and the checkpoints) is ignored and the pools start empty.
 */
final class PoolFile {

    private static final int MAGIC = 0x4e494a50;

    private PoolFile() {
    }

    static void write(Path file, int globalStep, ImagePool... pools) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(MAGIC);
                out.writeInt(globalStep);
                for (ImagePool pool : pools) {
                    List<float[]> fakes = pool.contents();
                    out.writeInt(fakes.size());
                    for (float[] fake : fakes) {
                        out.writeInt(fake.length);
                        for (float value : fake) out.writeFloat(value);
                    }
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Fills the pools from the file if it belongs to {@code globalStep}; returns whether it did. */
    static boolean read(Path file, int globalStep, ImagePool... pools) throws IOException {
        if (!Files.exists(file)) return false;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != globalStep) return false;
            List<List<float[]>> contents = new ArrayList<>();
            for (int p = 0; p < pools.length; p++) {
                int count = in.readInt();
                List<float[]> fakes = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    float[] fake = new float[in.readInt()];
                    for (int j = 0; j < fake.length; j++) fake[j] = in.readFloat();
                    fakes.add(fake);
                }
                contents.add(fakes);
            }
            for (int p = 0; p < pools.length; p++) pools[p].restore(contents.get(p));
            return true;
        }
    }
}
