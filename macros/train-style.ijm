// NeuralIJ: train a fast style-transfer network with Train Model, then paint a photo with it.
// Usage: bin/imagej -batch macros/train-style.ijm [folder of content images]
// Without a folder, writes 96x96 RGB crops of the bundled photos into target/demo-style/content
// and uses them. The style image is test-images/gravel.png (a texture). The network learns the
// style's Gram matrices in the built-in random-filter feature network (add
// features=[/path/vgg16-taps.pt] for a pretrained VGG, see docs/feature-networks.md); a real
// style needs thousands of steps, this example runs a handful to show the mechanics.

root = call("java.lang.System.getProperty", "user.dir") + File.separator;
images = root + "test-images" + File.separator;
setBatchMode(true);
content = getArgument();
if (content == "") content = contentCrops(root + "target" + File.separator + "demo-style");
run("Train Model...", "task=style images=[" + content + "] style=[" + images + "gravel.png] epochs=2 steps=4 batch=1 patch=32 name=my-style seed=1");

open(images + "coffee.png");
makeRectangle(100, 100, 160, 120);
run("Crop");
original = getTitle();
run("Run Model...", "model=my-style");
painted = getTitle();
described = painted + " " + getWidth() + "x" + getHeight() + " " + bitDepth() + "-bit";
run("Duplicate...", "title=painted-8bit");
run("8-bit");
getStatistics(area, paintedMean);
selectImage(original);
run("8-bit");
getStatistics(area, originalMean);
verdict = "FAILED";
if (bitDepth() == 8 && getWidth() == 160 && paintedMean != originalMean) verdict = "OK";
print("NeuralIJ style " + verdict + ": " + described + ", mean gray " + d2s(originalMean, 1) + " -> " + d2s(paintedMean, 1));
exit();

// Writes 96x96 crops of three bundled RGB photos into <folder>/content and returns that folder.
function contentCrops(folder) {
    File.makeDirectory(folder);
    out = folder + File.separator + "content";
    File.makeDirectory(out);
    names = newArray("astronaut.png", "chelsea.png", "coffee.png");
    for (i = 0; i < names.length; i++) {
        open(images + names[i]);
        makeRectangle(40, 40, 96, 96);
        run("Crop");
        saveAs("Tiff", out + File.separator + "content" + i + ".tif");
        close();
    }
    return out;
}
