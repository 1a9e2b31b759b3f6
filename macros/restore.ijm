// NeuralIJ Restore Image ("decrappify"): writes a number over a photograph that no model was
// trained on, saves it as a JPEG of quality 20, restores it with the bundled model "restore" and
// prints the result's size and type and how close to the clean original it is before and after.
// From the project folder, after "mvn package":  bin/imagej -batch macros/restore.ijm
// In Fiji: open a JPEG, then Plugins › NeuralIJ › Restore Image...

root = call("java.lang.System.getProperty", "user.dir") + File.separator;
setBatchMode(true);
open(root + "test-images" + File.separator + "camera.png");
clean = getTitle();

// degrade a copy: a caption written over it, then JPEG quality 20
run("Duplicate...", "title=camera-caption");
setFont("SansSerif", 72, "antialiased");
setColor(230);
drawString("27", 300, 200);
outputFolder = root + "target" + File.separator + "restore" + File.separator;
File.makeDirectory(root + "target");
File.makeDirectory(outputFolder);
run("Input/Output...", "jpeg=20");
saveAs("Jpeg", outputFolder + "camera-caption.jpg");
close();
run("Input/Output...", "jpeg=85");
open(outputFolder + "camera-caption.jpg");
degraded = getTitle();

run("Restore Image...", "model=restore tile=0 overlap=0 device=auto");
restored = getTitle();
print("NeuralIJ restore OK: " + restored + " " + getWidth() + "x" + getHeight() + " " + bitDepth() + "-bit");
print("  PSNR against the clean image: degraded " + d2s(psnr(clean, degraded), 2) + " dB, restored " + d2s(psnr(clean, restored), 2) + " dB");
saveAs("Tiff", outputFolder + restored + ".tif");

function psnr(reference, test) {
    imageCalculator("Subtract create 32-bit", test, reference);
    run("Square");
    getStatistics(area, meanSquaredError);
    close();
    return 10 * log(255 * 255 / meanSquaredError) / log(10);
}
