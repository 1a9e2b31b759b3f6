package org.neuralij.nn;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The network architectures NeuralIJ builds in Java, by the name a manifest gives them, each with the spec that reads its parameters. */
public enum BuiltinArchitecture {
    DNCNN("dncnn", DnCnnSpec::of),
    UNET("unet", UNetSpec::of),
    RESNET_GENERATOR("resnet-generator", ResnetGeneratorSpec::of),
    PATCHGAN("patchgan", PatchGanSpec::of),
    STYLE_NET("style-net", StyleNetSpec::of),
    SR_RESNET("sr-resnet", SuperResolutionSpec::of),
    DCGAN("dcgan", DcganSpec::of);

    private final String manifestName;
    private final Function<ArchitectureParams, NetworkSpec> reader;

    BuiltinArchitecture(String manifestName, Function<ArchitectureParams, NetworkSpec> reader) {
        this.manifestName = manifestName;
        this.reader = reader;
    }

    /** The name of {@code architecture.name} in a manifest. */
    public String manifestName() {
        return manifestName;
    }

    /** The network these manifest parameters describe; a parameter of the wrong kind is refused naming it. */
    public NetworkSpec spec(Map<String, Double> params) {
        return reader.apply(new ArchitectureParams(manifestName, params));
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(BuiltinArchitecture::manifestName).toList();
    }

    public static boolean isBuiltin(String name) {
        return names().contains(name);
    }

    public static BuiltinArchitecture named(String name) {
        for (BuiltinArchitecture architecture : values()) if (architecture.manifestName.equals(name)) return architecture;
        throw new IllegalArgumentException("Unknown built-in architecture '" + name + "': NeuralIJ knows " + names()
                + ". Update NeuralIJ or use a TorchScript export of the model.");
    }

    /** The network a manifest's built-in architecture describes. */
    public static NetworkSpec spec(String name, Map<String, Double> params) {
        return named(name).spec(params);
    }
}
