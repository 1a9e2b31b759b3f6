// NeuralIJ super-resolution: shrinks two held-out micrographs 2x (as a low-resolution camera would),
// enlarges them back with the bundled model "sr-2x" and with bicubic interpolation, and prints
// the result's size, type and calibration and how close each comes to the original: the textured
// immunohistochemistry.png, where the model recovers detail bicubic misses, and the smooth phase
// image cell.png, where bicubic is already within half a grey level and the model must not sharpen noise.
// From the project folder, after "mvn package":
//   bin/imagej -batch macros/super-resolution.ijm
// In Fiji: open an image, then Plugins › NeuralIJ › Super-Resolution...

root = call("java.lang.System.getProperty", "user.dir") + File.separator;
setBatchMode(true);
names = newArray("immunohistochemistry.png", "cell.png");
for (i = 0; i < names.length; i++) {
    open(root + "test-images" + File.separator + names[i]);
    run("8-bit");
    original = getTitle();
    run("Properties...", "unit=micron pixel_width=0.5 pixel_height=0.5");
    run("Scale...", "x=0.5 y=0.5 width=" + floor(getWidth() / 2) + " height=" + floor(getHeight() / 2) + " interpolation=Bilinear average create title=small");
    small = getTitle();
    run("Super-Resolution...", "model=sr-2x tile=0 overlap=0 device=auto");
    enlarged = getTitle();
    getPixelSize(unit, pixelWidth, pixelHeight);
    print("NeuralIJ super-resolution: " + small + " " + getWidth() / 2 + "x" + getHeight() / 2 + " -> " + enlarged + " " + getWidth() + "x" + getHeight()
        + " " + bitDepth() + "-bit, pixel " + d2s(pixelWidth, 3) + "x" + d2s(pixelHeight, 3) + " " + unit + ", mean " + d2s(getValue("Mean"), 2));
    selectImage(small);
    run("Scale...", "x=2 y=2 width=" + getWidth() * 2 + " height=" + getHeight() * 2 + " interpolation=Bicubic create title=bicubic");
    bicubic = getTitle();
    print("  " + names[i] + ": PSNR against the original: bicubic " + d2s(psnr(original, bicubic), 2) + " dB, sr-2x " + d2s(psnr(original, enlarged), 2) + " dB");
    close("*");
}

function psnr(reference, test) {
    imageCalculator("Subtract create 32-bit", test, reference);
    run("Square");
    getStatistics(area, meanSquaredError);
    close();
    return 10 * log(255 * 255 / meanSquaredError) / log(10);
}
