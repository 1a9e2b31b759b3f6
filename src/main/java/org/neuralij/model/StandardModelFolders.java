package org.neuralij.model;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Where NeuralIJ looks for models by default: the user's folders, then the models bundled with the plugin. */
record StandardModelFolders(List<Path> userFolders, List<Path> bundledFolders) {

    static final String MODELS_DIR_PROPERTY = "neuralij.models.dir";
    static final String MODELS_DIR_VARIABLE = "NEURALIJ_MODELS";
    static final String BUNDLED_PROPERTY = "neuralij.bundled.models";

    static StandardModelFolders detect() {
        return detect(System::getProperty, System::getenv, Path.of(System.getProperty("user.home")), codeLocation(),
                Path.of("").toAbsolutePath());
    }

    /** @param codeLocation the jar or classes folder holding NeuralIJ, or null if unknown */
    static StandardModelFolders detect(UnaryOperator<String> properties, UnaryOperator<String> environment,
            Path home, Path codeLocation, Path workingDir) {
        String configured = properties.apply(MODELS_DIR_PROPERTY);
        if (isBlank(configured)) {
            configured = environment.apply(MODELS_DIR_VARIABLE);
        }
        List<Path> user = isBlank(configured) ? List.of() : splitPathList(configured);
        if (user.isEmpty()) {
            user = List.of(home.resolve(".neuralij").resolve("models"));
        }
        return new StandardModelFolders(user, bundled(properties.apply(BUNDLED_PROPERTY), codeLocation, workingDir));
    }

    private static List<Path> bundled(String configured, Path codeLocation, Path workingDir) {
        if (!isBlank(configured)) {
            return splitPathList(configured);
        }
        if (codeLocation != null) {
            // An ImageJ layout: plugins/NeuralIJ_.jar with the bundled models in models/ beside plugins/.
            Path codeFolder = Files.isDirectory(codeLocation) ? codeLocation : codeLocation.getParent();
            Path besidePlugins = codeFolder.resolve("..").resolve("models").normalize();
            if (Files.isDirectory(besidePlugins)) {
                return List.of(besidePlugins);
            }
        }
        Path inWorkingDir = workingDir.resolve("models");
        return Files.isDirectory(inWorkingDir) ? List.of(inWorkingDir) : List.of();
    }

    private static List<Path> splitPathList(String paths) {
        List<Path> folders = new ArrayList<>();
        for (String part : paths.split(File.pathSeparator)) {
            if (!part.isBlank()) {
                folders.add(Path.of(part.trim()).toAbsolutePath().normalize());
            }
        }
        return folders;
    }

    private static Path codeLocation() {
        try {
            CodeSource source = ModelRegistry.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null; // e.g. loaded from a non-file URL: no bundled folder next to it
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
