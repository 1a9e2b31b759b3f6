// NeuralIJ: train an image generator (a WGAN, fast.ai lesson 12) on a folder with Train Model, then sample it
// with Generate Images.
// Usage: bin/imagej -batch macros/generate.ijm [folder for the example images[,steps per epoch]]
// Writes 160 example images of 16x16 px into the folder (default target/demo-generate/): one bright disc of
// random radius (2.5-6 px) and place on a dark ground each. Trains 2 epochs (300 steps each by default: about
// 2 minutes on 2 cores), then makes 16 new discs of seed 1 and a walk of 8 images from seed 1 to seed 2.
// The generator appears in the user's model folder after each epoch.

root = call("java.lang.System.getProperty", "user.dir") + File.separator;
setBatchMode(true);
arguments = split(getArgument(), ",");
out = root + "target" + File.separator + "demo-generate";
steps = 300;
if (arguments.length > 0 && arguments[0] != "") out = arguments[0];
if (arguments.length > 1) steps = parseInt(arguments[1]);
File.makeDirectory(out);
folder = discs(out + File.separator + "discs", 160);
run("Train Model...", "task=generate images=[" + folder + "] loss=wgan-gp epochs=2 steps=" + steps + " batch=32 patch=16 lr=5e-4 name=my-discs seed=1");

run("Generate Images...", "model=my-discs count=16 seed=1");
samples = getTitle() + " " + getWidth() + "x" + getHeight() + "x" + nSlices + " " + bitDepth() + "-bit";
run("Generate Images...", "model=my-discs count=8 seed=1 interpolate to_seed=2");
walk = getTitle() + " " + nSlices + " images";
verdict = "FAILED";
if (nSlices == 8 && bitDepth() == 8) verdict = "OK";
print("NeuralIJ generate " + verdict + ": samples=" + samples + " walk=" + walk);
exit();

// Writes `count` 8-bit images of 16x16 px, each a disc of value 220 on a ground of 30.
function discs(folder, count) {
    File.makeDirectory(folder);
    random("seed", 11);
    for (i = 0; i < count; i++) {
        newImage("disc" + i, "8-bit black", 16, 16, 1);
        setColor(30);
        fillRect(0, 0, 16, 16);
        setColor(220);
        r = 2.5 + 3.5 * random();
        cx = 4 + random() * 8;
        cy = 4 + random() * 8;
        fillOval(round(cx - r), round(cy - r), round(2 * r), round(2 * r));
        saveAs("Tiff", folder + File.separator + "disc" + IJ.pad(i, 3) + ".tif");
        close();
    }
    return folder + File.separator;
}
