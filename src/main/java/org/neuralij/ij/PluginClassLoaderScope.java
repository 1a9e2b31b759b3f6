package org.neuralij.ij;

/**
 * Makes NeuralIJ's own class loader the thread's context class loader while DJL runs.
 * ImageJ 1.x loads plugins with its own class loader, but DJL finds its engine and
 * native libraries through the context class loader, which would not see the plugin's jars.
 */
final class PluginClassLoaderScope implements AutoCloseable {

    private final Thread thread = Thread.currentThread();
    private final ClassLoader previous = thread.getContextClassLoader();

    PluginClassLoaderScope() {
        thread.setContextClassLoader(PluginClassLoaderScope.class.getClassLoader());
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
