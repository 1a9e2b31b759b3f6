package org.neuralij.ij;

import ij.IJ;
import org.neuralij.nn.engine.TorchEngine;

/**
 * The scope of a NeuralIJ command in ImageJ. Makes NeuralIJ's own class loader the thread's context class
 * loader while DJL runs: ImageJ 1.x loads plugins with its own class loader, but DJL finds its engine and
 * native libraries through the context class loader, which would not see the plugin's jars. The first
 * command also sends the engine's notices (slower CPU kernels chosen on this machine) to the Log.
 */
final class PluginClassLoaderScope implements AutoCloseable {

    private static boolean noticesToLog;
    private final Thread thread = Thread.currentThread();
    private final ClassLoader previous = thread.getContextClassLoader();

    PluginClassLoaderScope() {
        thread.setContextClassLoader(PluginClassLoaderScope.class.getClassLoader());
        sendEngineNoticesToLog();
    }

    private static synchronized void sendEngineNoticesToLog() {
        if (noticesToLog) return;
        noticesToLog = true;
        TorchEngine.sendNoticesTo(IJ::log);
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
