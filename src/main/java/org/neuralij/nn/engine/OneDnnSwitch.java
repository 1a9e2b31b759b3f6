package org.neuralij.nn.engine;

import ai.djl.pytorch.jni.LibUtils;
import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two native switches of libtorch's CPU kernels. oneDNN reads {@code ONEDNN_MAX_CPU_ISA} from the
 * process environment when it makes its first kernel, so the cap must be set (in the C library's
 * environment, which Java's {@code System.getenv} does not change) before the first convolution. oneDNN
 * as a whole is switched by ATen's global context, which libtorch exports.
 */
final class OneDnnSwitch {

    static final String ISA_VARIABLE = "ONEDNN_MAX_CPU_ISA";

    private OneDnnSwitch() {
    }

    static void capInstructionSet(String isa) {
        Function setenv = NativeLibrary.getInstance("c").getFunction("setenv");
        int status = setenv.invokeInt(new Object[] {ISA_VARIABLE, isa, 1});
        if (status != 0) throw new IllegalStateException("Could not set " + ISA_VARIABLE + "=" + isa + " (setenv returned " + status + ")");
    }

    /** Turns libtorch's use of oneDNN on or off for every later operation of this process. */
    static void useOneDnn(boolean on) {
        NativeLibrary torch = NativeLibrary.getInstance(libtorchCpu().toString());
        Pointer context = (Pointer) torch.getFunction("_ZN2at13globalContextEv").invoke(Pointer.class, new Object[0]);
        torch.getFunction("_ZN2at7Context20setUserEnabledMkldnnEb").invoke(Void.class, new Object[] {context, on});
    }

    private static Path libtorchCpu() {
        Path folder = Path.of(LibUtils.getLibtorchPath());
        for (String name : new String[] {"libtorch_cpu.so", "libtorch_cpu.dylib", "torch_cpu.dll"}) {
            if (Files.exists(folder.resolve(name))) return folder.resolve(name);
        }
        throw new IllegalStateException("libtorch_cpu was not found in " + folder);
    }
}
