package org.neuralij.recipes;

import org.neuralij.model.LoadedNetwork;
import org.neuralij.model.ModelPackage;
import org.neuralij.model.NetworkLoader;

import java.nio.file.Paths;
import java.util.List;

/** Prints {@link ColorizeHeldOut}'s table: {@code bin/recipe ColorizeHeldOutReport models/colorize [chroma scale]}. */
public final class ColorizeHeldOutReport {

    public static void main(String[] args) throws Exception {
        try (LoadedNetwork network = NetworkLoader.load(ModelPackage.open(Paths.get(args.length > 0 ? args[0] : "models/colorize")), "cpu")) {
            List<ColorizeHeldOut.Result> results = ColorizeHeldOut.measure(network, args.length > 1 ? Double.parseDouble(args[1]) : 1);
            System.out.print(ColorizeHeldOut.table(results));
            System.out.println(ColorizeHeldOut.summary(results));
        }
        System.exit(0);
    }
}
