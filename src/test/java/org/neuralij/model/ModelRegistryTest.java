package org.neuralij.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuralij.model.ModelManifestTest.assertContains;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRegistryTest {

    @TempDir
    Path dir;

    @Test
    void findsByManifestNameFolderNameAndPath() throws Exception {
        Path models = dir.resolve("models");
        Path folder = TestModels.create(models, "folder-a", "model-a", "1.0.0", "w");
        ModelRegistry registry = new ModelRegistry(List.of(models));

        assertEquals(folder, registry.find("model-a").folder());
        assertEquals("model-a", registry.find("folder-a").name());
        assertEquals("model-a", registry.find(folder.toString()).name());
        assertEquals("model-a", registry.find(folder.resolve("model.json").toString()).name());
        Path zip = TestModels.zipFolder(folder, "model-a/", dir.resolve("model-a.zip"));
        ModelPackage unzipped = registry.find(zip.toString());
        assertEquals("model-a", unzipped.name());
        unzipped.verifyWeights();
    }

    @Test
    void earlierFoldersWinOnANameClash() throws Exception {
        Path user = dir.resolve("user");
        Path bundled = dir.resolve("bundled");
        TestModels.create(user, "same", "same", "2.0.0", "user");
        TestModels.create(bundled, "same", "same", "1.0.0", "bundled");
        TestModels.create(bundled, "other");

        ModelRegistry registry = new ModelRegistry(List.of(user, bundled));
        assertEquals("2.0.0", registry.find("same").manifest().version());
        assertEquals(List.of("other", "same"), registry.list().stream().map(ModelPackage::name).toList());
        assertEquals("2.0.0", registry.list().get(1).manifest().version());
        assertEquals(user.toAbsolutePath(), registry.userFolder());
    }

    @Test
    void notFoundListsTheModelsAndTheFolders() throws Exception {
        Path models = dir.resolve("models");
        TestModels.create(models, "alpha");
        TestModels.create(models, "beta");
        Path missing = dir.resolve("nowhere");
        ModelRegistry registry = new ModelRegistry(List.of(models, missing));

        ModelNotFoundException e = assertThrows(ModelNotFoundException.class, () -> registry.find("gamma"));
        assertContains(e, "\"gamma\"", "alpha, beta", models.toString(), missing + " (does not exist)");
        assertContains(assertThrows(ModelNotFoundException.class,
                () -> registry.find(dir.resolve("no/such/folder").toString())), "no such file or folder");
    }

    @Test
    void listSkipsBrokenModelsButFindExplainsThem() throws Exception {
        Path models = dir.resolve("models");
        TestModels.create(models, "good");
        Path broken = Files.createDirectories(models.resolve("broken"));
        Files.writeString(broken.resolve("model.json"), "{ \"format\": 1, \"nmae\": \"broken\" }");
        Files.createDirectories(models.resolve("not-a-model"));
        ModelRegistry registry = new ModelRegistry(List.of(models));

        assertEquals(List.of("good"), registry.list().stream().map(ModelPackage::name).toList());
        assertEquals(List.of(broken.toAbsolutePath()), List.copyOf(registry.brokenModels().keySet()));
        assertContains(assertThrows(InvalidModelException.class, () -> registry.find("broken")), "\"nmae\"",
                broken.resolve("model.json").toString());
    }

    @Test
    void verifyWeightsReportsMismatchAndMissingFile() throws Exception {
        Path folder = TestModels.create(dir, "model");
        ModelPackage model = ModelPackage.open(folder);
        model.verifyWeights();
        String expected = model.manifest().weights().sha256();

        Files.writeString(model.weightsFile(), "tampered");
        InvalidModelException mismatch = assertThrows(InvalidModelException.class, model::verifyWeights);
        assertContains(mismatch, expected, Sha256.of(model.weightsFile()), "\"model\"", "Reinstall the model");

        Files.delete(model.weightsFile());
        assertContains(assertThrows(InvalidModelException.class, model::verifyWeights), "missing",
                model.weightsFile().toString(), "Reinstall");
    }

    @Test
    void sha256IsLowerCaseHex() throws Exception {
        Path file = Files.writeString(dir.resolve("abc.txt"), "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.of(file));
    }

    @Test
    void standardFoldersPutTheUserFoldersBeforeTheBundledOnes() throws Exception {
        Path home = dir.resolve("home");
        Path imagej = dir.resolve("imagej");
        Path jar = Files.createDirectories(imagej.resolve("plugins")).resolve("NeuralIJ_.jar");
        Files.writeString(jar, "");
        Path bundled = Files.createDirectories(imagej.resolve("models"));
        Map<String, String> none = Map.of();

        StandardModelFolders defaults = StandardModelFolders.detect(none::get, none::get, home, jar, dir);
        assertEquals(List.of(home.resolve(".neuralij/models")), defaults.userFolders());
        assertEquals(List.of(bundled), defaults.bundledFolders());

        String two = dir.resolve("a") + java.io.File.pathSeparator + dir.resolve("b");
        Map<String, String> environment = Map.of(StandardModelFolders.MODELS_DIR_VARIABLE, two);
        Map<String, String> properties = Map.of(StandardModelFolders.BUNDLED_PROPERTY, dir.resolve("c").toString());
        StandardModelFolders configured = StandardModelFolders.detect(properties::get, environment::get, home, null,
                dir);
        assertEquals(List.of(dir.resolve("a"), dir.resolve("b")), configured.userFolders());
        assertEquals(List.of(dir.resolve("c")), configured.bundledFolders());

        Map<String, String> property = Map.of(StandardModelFolders.MODELS_DIR_PROPERTY, dir.resolve("p").toString());
        Path workingModels = Files.createDirectories(dir.resolve("work/models"));
        StandardModelFolders fromProperty = StandardModelFolders.detect(property::get, environment::get, home, null,
                dir.resolve("work"));
        assertEquals(List.of(dir.resolve("p")), fromProperty.userFolders());
        assertEquals(List.of(workingModels), fromProperty.bundledFolders());
        assertTrue(ModelRegistry.standard().searchFolders().size() >= 1);
    }
}
