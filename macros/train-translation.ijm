// NeuralIJ: train a CycleGAN translation between two unpaired folders with Train Model, then use it.
// Usage: bin/imagej -batch macros/train-translation.ijm [folder for the example images]
// Writes two small example domains into the folder (default target/demo-translation/):
// A = bright blobs on a dark ground, B = dark blobs on a bright ground, drawn independently
// (unpaired). The model holds both generators (A to B as its weights, B to A as its reverse
// network) and appears in the user's model folder after the first epoch. Running it again with
// the same name resumes from the last checkpoint.

root = call("java.lang.System.getProperty", "user.dir") + File.separator;
setBatchMode(true);
out = getArgument();
if (out == "") out = root + "target" + File.separator + "demo-translation";
File.makeDirectory(out);
folderA = blobs(out + File.separator + "bright-blobs", 30, 220, 1);
folderB = blobs(out + File.separator + "dark-blobs", 220, 30, 2);
run("Train Model...", "task=translate images=[" + folderA + "] domain_b=[" + folderB + "] epochs=2 steps=4 batch=1 patch=32 name=my-translation validation=0.34 seed=1");

run("List Models"); // writes "my-translation [translate] <folder>" to the Log (to the console in batch mode)
models = call("java.lang.System.getProperty", "neuralij.models.dir");
if (models == "") models = getDirectory("home") + ".neuralij" + File.separator + "models";
folder = models + File.separator + "my-translation" + File.separator;
manifest = File.openAsString(folder + "model.json");
weights = File.exists(folder + "weights-2.params");
reverse = (File.exists(folder + "reverse-2.params") && indexOf(manifest, "\"reverse\"") >= 0);

open(folderA + "blobs0.tif");
run("Run Model...", "model=my-translation");
translated = getTitle() + " " + getWidth() + "x" + getHeight() + " " + bitDepth() + "-bit";
verdict = "FAILED";
if (weights && reverse) verdict = "OK";
print("NeuralIJ translation " + verdict + ": weights=" + weights + " reverse=" + reverse + " translated=" + translated);
exit();

// Writes 3 images of 64x64 px: 4 blobs of value `blob` on a ground of value `ground`, with some noise.
function blobs(folder, ground, blob, seed) {
    File.makeDirectory(folder);
    random("seed", seed);
    for (i = 0; i < 3; i++) {
        newImage("blobs" + i, "8-bit black", 64, 64, 1);
        setColor(ground);
        fillRect(0, 0, 64, 64);
        setColor(blob);
        for (b = 0; b < 4; b++) {
            d = 8 + floor(random() * 10);
            fillOval(floor(random() * (64 - d)), floor(random() * (64 - d)), d, d);
        }
        run("Add Specified Noise...", "standard=6");
        saveAs("Tiff", folder + File.separator + "blobs" + i + ".tif");
        close();
    }
    return folder + File.separator;
}
