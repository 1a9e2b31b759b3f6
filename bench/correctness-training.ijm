// The small training of issue 19's reproducer: Train Model (task=restore, its default DnCNN) on 25 crops of
// 128x128 of the held-out astronaut.png, every 96 px. Argument: "<crops folder>|<model name>"; the crops are made
// on the first run. Prints one line the benchmark script reads.
args = split(getArgument(), "|");
folder = args[0];
name = args[1];
setBatchMode(true);
if (!File.exists(folder)) makeCrops(folder);
run("Train Model...", "task=restore images=[" + folder + "] epochs=2 batch=4 patch=64 lr=0.001 name=" + name + " validation=0.2");
print("correctness-training done: " + name);

function makeCrops(folder) {
    File.makeDirectory(folder);
    root = call("java.lang.System.getProperty", "user.dir") + File.separator;
    open(root + "test-images" + File.separator + "astronaut.png");
    run("8-bit");
    source = getImageID();
    width = getWidth();
    height = getHeight();
    for (y = 0; y + 128 <= height; y += 96) {
        for (x = 0; x + 128 <= width; x += 96) {
            selectImage(source);
            makeRectangle(x, y, 128, 128);
            run("Duplicate...", "title=crop");
            saveAs("Tiff", folder + File.separator + "astronaut-" + x + "-" + y + ".tif");
            close();
        }
    }
    selectImage(source);
    close();
}
