package org.neuralij.nn.engine;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The one door to DJL's PyTorch engine. Before the first array is made, it makes sure that this machine's
 * CPU convolution kernels compute right, and picks slower ones where they do not (see {@link KernelChoice}):
 * oneDNN 3.x, inside libtorch 2.5 and 2.7, was seen to compute wrong convolution gradients and some wrong
 * forward passes on a CPU whose virtual machine hides its cache and core topology, which turned trainings
 * into NaN and inference into garbage without an error.
 * <p>
 * The choice: {@code -Dneuralij.kernels=} (or the environment's {@code NEURALIJ_KERNELS}) {@code auto} (the
 * default: the fastest choice that passes {@link ConvolutionCheck}, checked once per machine in child
 * processes and remembered in {@code ~/.neuralij/kernels}), {@code default}, {@code avx2}, {@code sse41} or
 * {@code native}; an {@code ONEDNN_MAX_CPU_ISA} already in the environment is left as it is. Whatever the
 * choice, the check runs again in this process, and if it fails there oneDNN is switched off.
 */
public final class TorchEngine {

    public static final String NAME = "PyTorch";
    private static final Logger LOG = LoggerFactory.getLogger(TorchEngine.class);
    private static KernelSetup kernels;
    private static final List<Consumer<String>> NOTICE_READERS = new CopyOnWriteArrayList<>();

    private TorchEngine() {
    }

    public static Engine get() {
        kernels();
        return Engine.getEngine(NAME);
    }

    public static NDManager newManager(Device device) {
        return get().newBaseManager(device);
    }

    public static Model newModel(String name, Device device) {
        get();
        return Model.newInstance(name, device, NAME);
    }

    /** The kernels of this process, chosen and checked on the first call. */
    public static synchronized KernelSetup kernels() {
        if (kernels == null) {
            kernels = verifiedHere(chosen());
            String notice = kernels.notice();
            if (!notice.isEmpty()) {
                LOG.warn(notice);
                NOTICE_READERS.forEach(reader -> reader.accept(notice));
            }
        }
        return kernels;
    }

    /** Where the user reads what the kernel choice has to say (ImageJ's Log); told at once if the choice is already made. */
    public static synchronized void sendNoticesTo(Consumer<String> reader) {
        NOTICE_READERS.add(reader);
        if (kernels != null && !kernels.notice().isEmpty()) reader.accept(kernels.notice());
    }

    private static KernelSetup chosen() {
        String isaFromEnvironment = System.getenv(OneDnnSwitch.ISA_VARIABLE);
        if (isaFromEnvironment != null) {
            return new KernelSetup(KernelChoice.DEFAULT, OneDnnSwitch.ISA_VARIABLE + "=" + isaFromEnvironment + " as set in the environment");
        }
        String requested = System.getProperty("neuralij.kernels", System.getenv().getOrDefault("NEURALIJ_KERNELS", "auto"));
        KernelSetup setup = "auto".equalsIgnoreCase(requested.trim()) ? checkedPerMachine()
                : new KernelSetup(KernelChoice.parse(requested), "as neuralij.kernels=" + requested + " asks");
        setup.choice().isaCap().ifPresent(OneDnnSwitch::capInstructionSet);
        Engine.getEngine(NAME);
        if (setup.choice() == KernelChoice.NATIVE) OneDnnSwitch.useOneDnn(false);
        return setup;
    }

    private static KernelSetup checkedPerMachine() {
        String signature = MachineSignature.of(Engine.getEngine(NAME).getVersion());
        VerdictFolder folder = VerdictFolder.standard();
        try {
            KernelSelection.Verdict verdict = new KernelSelection(new ChildProcessProbe(), folder).select(signature);
            return new KernelSetup(verdict.choice(), verdict.explanation() + "; checked once for this machine, kept in " + folder.fileOf(signature));
        } catch (IOException uncheckable) {
            return new KernelSetup(KernelChoice.DEFAULT, "the separate-process check could not run (" + uncheckable.getMessage() + ")");
        }
    }

    private static KernelSetup verifiedHere(KernelSetup setup) {
        ConvolutionCheck.Result here = checkHere();
        if (here.passed()) return setup;
        if (setup.choice() == KernelChoice.NATIVE) {
            throw new IllegalStateException("Convolutions are computed wrong on this machine even without oneDNN: " + here.summary());
        }
        OneDnnSwitch.useOneDnn(false);
        ConvolutionCheck.Result native_ = checkHere();
        if (!native_.passed()) {
            throw new IllegalStateException("Convolutions are computed wrong on this machine, with oneDNN (" + here.summary() + ") and without it ("
                    + native_.summary() + ")");
        }
        return new KernelSetup(KernelChoice.NATIVE, setup.choice().description() + " failed the check in this process: " + here.summary());
    }

    private static ConvolutionCheck.Result checkHere() {
        try (NDManager manager = Engine.getEngine(NAME).newBaseManager(Device.cpu())) {
            return ConvolutionCheck.run(manager);
        }
    }
}
