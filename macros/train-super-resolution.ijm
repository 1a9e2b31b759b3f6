// NeuralIJ: train a 2x super-resolution model on a folder of clean images with Train Model, then use it.
// Usage: bin/imagej -batch macros/train-super-resolution.ijm [folder of clean 8-bit images]
// Without a folder, three 160x160 crops of camera.png are written to target/demo-sr-training/ and used.
// The small inputs are made on the fly: crappify shrinks each image 2x and rounds it to 8 bits (quantize=8),
// as a real 8-bit image is rounded; a model trained on unrounded inputs sharpens that rounding into noise.

root = call("java.lang.System.getProperty", "user.dir") + File.separator;
setBatchMode(true);
folder = getArgument();
if (folder == "") folder = cameraCrops(root);
run("Train Model...", "task=super-resolution images=[" + folder + "] crappify=[downscale=2,quantize=8] scale=2 epochs=2 steps=10 batch=4 patch=24 lr=0.001 name=my-sr-2x validation=0.34 seed=1");
open(root + "test-images" + File.separator + "immunohistochemistry.png");
run("8-bit");
makeRectangle(100, 100, 96, 64);
run("Crop");
run("Properties...", "unit=micron pixel_width=0.5 pixel_height=0.5");
run("Super-Resolution...", "model=my-sr-2x");
getPixelSize(unit, pixelWidth, pixelHeight);
print("NeuralIJ trained my-sr-2x on " + folder + " and ran it: " + getTitle() + " " + getWidth() + "x" + getHeight() + " " + bitDepth()
    + "-bit, pixel " + d2s(pixelWidth, 2) + " " + unit);

function cameraCrops(root) {
    out = root + "target" + File.separator + "demo-sr-training" + File.separator;
    File.makeDirectory(root + "target");
    File.makeDirectory(out);
    for (i = 0; i < 3; i++) {
        open(root + "test-images" + File.separator + "camera.png");
        makeRectangle(40 + 150 * i, 60 + 100 * i, 160, 160);
        run("Crop");
        saveAs("Tiff", out + "camera-" + i + ".tif");
        close();
    }
    return out;
}
