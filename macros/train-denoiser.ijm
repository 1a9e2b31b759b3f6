// NeuralIJ: train a denoiser on a folder of clean images with Train Model, then use it.
// Usage: bin/imagej -batch macros/train-denoiser.ijm [folder of clean images]
// Without a folder, 8-bit crops of three test images are written to target/demo-training/ and used.
// The noisy training inputs are made on the fly (crappify); the model appears in the user's
// model folder at once. Running it again with the same name resumes from the last checkpoint.
// augment= turns, mirrors and adds smooth backgrounds to every training patch (input and clean target alike),
// so that uneven illumination does not surprise the model; augment=none turns augmentation off.

root = call("java.lang.System.getProperty", "user.dir") + File.separator;
setBatchMode(true);
folder = getArgument();
if (folder == "") folder = cropsOfTestImages(root);
run("Train Model...", "task=denoise images=[" + folder + "] crappify=[gauss=0.04-0.12] augment=[flip,rot90,field=0-0.5] architecture=dncnn epochs=2 steps=10 batch=4 patch=48 lr=0.002 name=my-denoiser validation=0.34 seed=1");
open(root + "test-images" + File.separator + "cell-noisy.tif");
run("Run Model...", "model=my-denoiser");
print("NeuralIJ trained my-denoiser on " + folder + " and ran it: " + getTitle() + " " + getWidth() + "x" + getHeight() + " " + bitDepth() + "-bit");

function cropsOfTestImages(root) {
    out = root + "target" + File.separator + "demo-training" + File.separator;
    File.makeDirectory(root + "target");
    File.makeDirectory(out);
    names = newArray("brick.png", "coins.png", "moon.png");
    for (i = 0; i < names.length; i++) {
        open(root + "test-images" + File.separator + names[i]);
        run("8-bit");
        makeRectangle(60, 60, 160, 160);
        run("Crop");
        saveAs("Tiff", out + names[i] + ".tif");
        close();
    }
    return out;
}
