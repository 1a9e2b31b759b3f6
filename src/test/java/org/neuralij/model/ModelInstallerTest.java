package org.neuralij.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neuralij.model.ModelManifestTest.assertContains;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelInstallerTest {

    private static final long LIMIT = 1_000_000;

    @TempDir
    Path dir;

    private HttpServer server;

    private Path userFolder() {
        return dir.resolve("user-models");
    }

    private ModelInstaller installer() {
        return new ModelInstaller(userFolder(), LIMIT);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void installsFromAFolderAndItsModelJsonWithoutTouchingTheSource() throws Exception {
        Path source = TestModels.create(dir.resolve("downloads"), "some-folder", "denoise", "1.0.0", "w");
        byte[] manifestBefore = Files.readAllBytes(source.resolve("model.json"));

        ModelPackage installed = installer().install(source.toString());
        assertEquals(userFolder().resolve("denoise"), installed.folder());
        installed.verifyWeights();
        assertEquals(List.of("denoise"), visibleEntries(userFolder()));

        installer().install(source.resolve("model.json").toString());
        assertEquals(List.of("denoise"), entries(userFolder()));
        assertArrayEquals(manifestBefore, Files.readAllBytes(source.resolve("model.json")));
        assertEquals("denoise", new ModelRegistry(List.of(userFolder())).find("denoise").name());
    }

    @Test
    void installsFromAZipWithTheModelAtTheTopOrOneLevelDown() throws Exception {
        Path source = TestModels.create(dir.resolve("src"), "zipped");
        Path top = TestModels.zipFolder(source, "", dir.resolve("top.zip"));
        Path nested = TestModels.zipFolder(source, "zipped-1.0/", dir.resolve("nested.zip"));

        assertEquals(userFolder().resolve("zipped"), installer().install(top.toString()).folder());
        installer().install(nested.toString()).verifyWeights();
        assertEquals(List.of("zipped"), entries(userFolder()));
    }

    @Test
    void installsFromAUrlFollowingRedirectsAndReportsHttpErrors() throws Exception {
        Path zip = TestModels.zipFolder(TestModels.create(dir.resolve("src"), "remote"), "remote/",
                dir.resolve("remote.zip"));
        String base = serve(Files.readAllBytes(zip));

        assertEquals("remote", installer().install(base + "/models/remote.zip").name());
        assertEquals("remote", installer().install(base + "/old-address").name());

        IOException e = assertThrows(IOException.class, () -> installer().install(base + "/missing.zip"));
        assertContains(e, "404", base + "/missing.zip", "Check the address");
        assertEquals(List.of("remote"), entries(userFolder()));
    }

    @Test
    void refusesZipSlipAndLeavesNothingBehind() throws Exception {
        Path source = TestModels.create(dir.resolve("src"), "slip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("model.json", Files.readAllBytes(source.resolve("model.json")));
        entries.put(TestModels.WEIGHTS_FILE, Files.readAllBytes(source.resolve(TestModels.WEIGHTS_FILE)));
        entries.put("../escaped.txt", TestModels.bytes("gotcha"));
        Path zip = TestModels.zip(dir.resolve("slip.zip"), entries);

        InvalidModelException e = assertThrows(InvalidModelException.class, () -> installer().install(zip.toString()));
        assertContains(e, "\"../escaped.txt\"", "outside", zip.toString());
        assertEquals(List.of(), entries(userFolder()));
        assertEquals(false, Files.exists(dir.resolve("escaped.txt")));

        Path absolute = TestModels.zip(dir.resolve("absolute.zip"), Map.of("/tmp/x.txt", TestModels.bytes("x")));
        assertContains(assertThrows(InvalidModelException.class, () -> installer().install(absolute.toString())),
                "\"/tmp/x.txt\"");
        assertEquals(List.of(), entries(userFolder()));
    }

    @Test
    void refusesAZipBombAndLeavesNothingBehind() throws Exception {
        Path bomb = TestModels.zip(dir.resolve("bomb.zip"), Map.of("model/zeros.bin", new byte[5_000_000]));
        assertEquals(true, Files.size(bomb) < 100_000, "compresses well");

        InvalidModelException e = assertThrows(InvalidModelException.class, () -> installer().install(bomb.toString()));
        assertContains(e, bomb.toString(), "larger than the limit", "1.0 MB");
        assertEquals(List.of(), entries(userFolder()));
    }

    @Test
    void refusesArchivesWithTooManyEntries() throws Exception {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            many.put("model/file" + i, new byte[1]);
        }
        Path zip = TestModels.zip(dir.resolve("many.zip"), many);
        assertContains(assertThrows(InvalidModelException.class,
                () -> new ModelInstaller(userFolder(), LIMIT, 10).install(zip.toString())), "20 entries");
        assertEquals(List.of(), entries(userFolder()));
    }

    @Test
    void refusesACorruptZip() throws Exception {
        Path zip = TestModels.zipFolder(TestModels.create(dir.resolve("src"), "corrupt"), "", dir.resolve("c.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertContains(assertThrows(InvalidModelException.class, () -> installer().install(truncated.toString())),
                "not a valid .zip", truncated.toString());
        assertEquals(List.of(), entries(userFolder()));
    }

    @Test
    void aFailingInstallKeepsThePreviousVersion() throws Exception {
        Path v1 = TestModels.create(dir.resolve("v1"), "model", "model", "1.0.0", "version one");
        installer().install(v1.toString());

        Path v2 = TestModels.create(dir.resolve("v2"), "model", "model", "2.0.0", "version two");
        Files.writeString(v2.resolve(TestModels.WEIGHTS_FILE), "damaged in transit");
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> installer().install(v2.toString()));
        assertContains(e, "SHA-256");

        ModelPackage kept = new ModelRegistry(List.of(userFolder())).find("model");
        assertEquals("1.0.0", kept.manifest().version());
        kept.verifyWeights();
        assertEquals(List.of("model"), entries(userFolder()));

        Path v3 = TestModels.create(dir.resolve("v3"), "model", "model", "3.0.0", "version three");
        assertEquals("3.0.0", installer().install(v3.toString()).manifest().version());
        assertEquals(List.of("model"), entries(userFolder()));
    }

    @Test
    void aTranslationModelIsInstalledWithBothNetworksAndADamagedReverseIsRefused() throws Exception {
        Path source = TestModels.createTranslation(dir.resolve("downloads"), "horses");
        ModelPackage installed = installer().install(source.toString());
        assertEquals("B to A of horses", Files.readString(installed.weightsFile(Direction.B_TO_A)));
        assertEquals("A to B of horses", Files.readString(installed.weightsFile(Direction.A_TO_B)));

        Path damaged = TestModels.createTranslation(dir.resolve("other"), "zebras");
        Files.writeString(damaged.resolve(TestModels.REVERSE_FILE), "flipped bits");
        InvalidModelException e = assertThrows(InvalidModelException.class, () -> installer().install(damaged.toString()));
        assertContains(e, "reverse weights file", TestModels.REVERSE_FILE, "SHA-256", "zebras");
        assertEquals(List.of("horses"), entries(userFolder()));

        Files.delete(damaged.resolve(TestModels.REVERSE_FILE));
        assertContains(assertThrows(InvalidModelException.class, () -> installer().install(damaged.toString())),
                "reverse weights file", "missing");
    }

    @Test
    void refusesSourcesThatAreNotModels() throws Exception {
        assertContains(assertThrows(IOException.class, () -> installer().install(dir.resolve("nope").toString())),
                "no such file or folder");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertContains(assertThrows(InvalidModelException.class, () -> installer().install(empty.toString())),
                "no model.json");
        assertEquals(List.of(), entries(userFolder()));
    }

    /** Serves the zip at /models/remote.zip, a redirect to it at /old-address, and 404 elsewhere. */
    private String serve(byte[] zip) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/models/remote.zip")) {
                exchange.sendResponseHeaders(200, zip.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(zip);
                }
            } else if (path.equals("/old-address")) {
                exchange.getResponseHeaders().add("Location", "/models/remote.zip");
                exchange.sendResponseHeaders(302, -1);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Everything in the folder, hidden staging folders included: a failed install must leave none. */
    private static List<String> entries(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> visibleEntries(Path folder) throws IOException {
        return entries(folder).stream().filter(name -> !name.startsWith(".")).toList();
    }
}
