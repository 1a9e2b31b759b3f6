package org.neuralij.train.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.google.gson.Gson;
import org.neuralij.train.optim.StatefulOptimizer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * One file holding everything a training needs to go on: the network's parameters, the
 * optimizer's per-parameter state (both keyed by the parameter's path in the block, since DJL's
 * parameter ids change from run to run) and the {@link TrainingState}. Parameters are copied
 * back into the network's own arrays, so the same code resumes built-in blocks and TorchScript
 * modules (whose parameters cannot be replaced, only overwritten). Written to a
 * temporary file and moved over the previous checkpoint in one step, so that a crash or a
 * full disk leaves the previous checkpoint whole.
 */
public final class Checkpoint {

    private static final String WEIGHTS = "parameters.ndlist";
    private static final String OPTIMIZER = "optimizer.ndlist";
    private static final String STATE = "state.json";
    static final Gson GSON = new com.google.gson.GsonBuilder().serializeSpecialFloatingPointValues().create();

    private Checkpoint() {
    }

    public static void write(Path file, Block block, StatefulOptimizer optimizer, TrainingState state) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                entry(zip, STATE, GSON.toJson(state).getBytes(StandardCharsets.UTF_8));
                entry(zip, WEIGHTS, parameterValues(block).encode());
                NDList moments = optimizerState(block, optimizer);
                // DJL cannot decode an empty list; an optimizer that has not stepped yet has nothing to save
                if (!moments.isEmpty()) entry(zip, OPTIMIZER, moments.encode());
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Loads the parameters into {@code block} (already initialised), the moments into {@code optimizer}, and returns the state. */
    public static TrainingState read(Path file, Block block, StatefulOptimizer optimizer, NDManager manager) throws IOException {
        Map<String, byte[]> entries = entries(file);
        for (String name : new String[] {STATE, WEIGHTS}) {
            if (!entries.containsKey(name)) throw new IOException("The checkpoint " + file + " is incomplete (no " + name + "): delete it to start the training afresh.");
        }
        restoreParameters(file, block, NDList.decode(manager, entries.get(WEIGHTS)));
        if (entries.containsKey(OPTIMIZER)) restoreOptimizer(block, optimizer, NDList.decode(manager, entries.get(OPTIMIZER)));
        return GSON.fromJson(new String(entries.get(STATE), StandardCharsets.UTF_8), TrainingState.class);
    }

    private static NDList parameterValues(Block block) {
        NDList values = new NDList();
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            NDArray value = parameter.getValue().getArray().duplicate();
            value.setName(parameter.getKey());
            values.add(value);
        }
        return values;
    }

    private static void restoreParameters(Path file, Block block, NDList saved) throws IOException {
        Map<String, NDArray> byPath = new HashMap<>();
        for (NDArray value : saved) byPath.put(value.getName(), value);
        if (byPath.size() != block.getParameters().size()) throw doesNotFit(file, saved.size() + " saved parameters, the network has " + block.getParameters().size());
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            NDArray value = byPath.get(parameter.getKey());
            NDArray target = parameter.getValue().getArray();
            if (value == null || !value.getShape().equals(target.getShape())) throw doesNotFit(file, "no matching value for " + parameter.getKey());
            target.muli(0).addi(value);
        }
    }

    private static IOException doesNotFit(Path file, String detail) {
        return new IOException("The checkpoint " + file + " does not fit this network (" + detail
                + "): it belongs to another architecture; use another name= or delete it.");
    }

    private static NDList optimizerState(Block block, StatefulOptimizer optimizer) {
        Map<String, String> pathById = new HashMap<>();
        for (Pair<String, Parameter> parameter : block.getParameters()) pathById.put(parameter.getValue().getId(), parameter.getKey());
        NDList arrays = new NDList();
        optimizer.state().forEach((kind, byId) -> byId.forEach((id, array) -> {
            NDArray named = array.duplicate();
            named.setName(kind + "/" + pathById.get(id));
            arrays.add(named);
        }));
        return arrays;
    }

    private static void restoreOptimizer(Block block, StatefulOptimizer optimizer, NDList arrays) {
        Map<String, String> idByPath = new HashMap<>();
        for (Pair<String, Parameter> parameter : block.getParameters()) idByPath.put(parameter.getKey(), parameter.getValue().getId());
        for (NDArray array : arrays) {
            String name = array.getName();
            int slash = name.indexOf('/');
            Map<String, NDArray> byId = optimizer.state().get(name.substring(0, slash));
            String id = idByPath.get(name.substring(slash + 1));
            if (byId != null && id != null) byId.put(id, array);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file)); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) entries.put(entry.getName(), zip.readAllBytes());
        }
        return entries;
    }

}
