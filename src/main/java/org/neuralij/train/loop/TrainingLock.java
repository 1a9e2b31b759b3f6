package org.neuralij.train.loop;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Keeps a second training from writing into the same model folder while one runs (in this or another process). */
public final class TrainingLock implements AutoCloseable {

    public static final String FILE_NAME = ".training.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private TrainingLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static TrainingLock acquire(Path folder, String name) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) return new TrainingLock(channel, lock);
        } catch (OverlappingFileLockException alreadyHeldHere) {
            // the same as a lock held by another process
        }
        channel.close();
        throw new IOException("A training of '" + name + "' is already running (" + folder
                + "): wait for it to finish or stop it, or choose another name=.");
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
