package org.neuralij.ij;

import ij.plugin.PlugIn;
import org.neuralij.task.Inpaint;

/**
 * Plugins › NeuralIJ › Inpaint... for ImageJ 1.x and Fiji: fills the selection, or the white pixels of
 * a mask image, of the active image (every slice) and shows the result as a new, active image.
 * Macro keys: model (default inpaint), mask (selection or a mask image's title), tile, overlap, device.
 */
public class InpaintPlugin implements PlugIn {

    @Override
    public void run(String arg) {
        RunModelPlugin.showResult("Inpaint", (input, registry) -> {
            MaskChoice mask = new MaskChoice(input);
            RunModelPlugin.RunModelRequest request = RunModelPlugin.RunModelRequest.ask(registry, Inpaint.DEFAULT_MODEL, mask);
            return request == null ? null
                    : new Inpaint(registry).run(input, mask.hole(), request.model(), request.tiling(), request.device(), new ImageJProgress());
        });
    }
}
