// NeuralIJ: Colorize... with the bundled model "colorize" on a photograph made gray.
// Converts test-images/chelsea.png (held out from the model's training) to 8-bit gray, colours it,
// and prints the result's type and size, how far the result converted back to gray is from the
// gray input (0 or 1 level: the colour is built on the input's own luminance) and the result's
// colourfulness (Hasler & Suesstrunk; the gray input scores 0). It does so for ImageJ's default
// (R+G+B)/3 conversion and again with "weighted RGB conversions" on.
// From the project folder, after "mvn package":
//   bin/imagej -batch macros/colorize.ijm   (it starts Xvfb where there is no display: ImageJ 1.x needs one even for -batch)
// In Fiji: open a gray image, then Plugins › NeuralIJ › Colorize...

root = call("java.lang.System.getProperty", "user.dir") + File.separator;
setBatchMode(true);
conversions = newArray("scale", "scale weighted");
for (i = 0; i < conversions.length; i++) {
    run("Conversions...", conversions[i]);
    open(root + "test-images" + File.separator + "chelsea.png");
    run("8-bit");
    gray = getImageID();
    run("Colorize...", "model=colorize tile=0 overlap=0 device=auto");
    colored = getImageID();
    type = "" + bitDepth() + "-bit";
    if (bitDepth() == 24) type = "RGB";
    print("NeuralIJ colorize [" + conversions[i] + "]: " + getTitle() + " " + type + " " + getWidth() + "x" + getHeight());
    print("  max |gray(result) - input| = " + largestGrayDifference(colored, gray));
    print("  colourfulness " + d2s(colourfulness(colored), 1) + " (gray input 0)");
    close("*");
}
run("Conversions...", "scale");

function largestGrayDifference(colored, gray) {
    selectImage(colored);
    run("Duplicate...", "title=back");
    run("8-bit");
    selectImage(gray);
    input = getTitle();
    imageCalculator("Difference create", "back", input);
    getStatistics(area, mean, min, max);
    close();
    close("back");
    return max;
}

function colourfulness(colored) {
    selectImage(colored);
    run("Duplicate...", "title=parts");
    run("Split Channels");
    imageCalculator("Subtract create 32-bit", "parts (red)", "parts (green)");
    getStatistics(area, meanRg, min, max, sdRg);
    close();
    imageCalculator("Add create 32-bit", "parts (red)", "parts (green)");
    run("Multiply...", "value=0.5");
    rename("yellow");
    imageCalculator("Subtract create 32-bit", "yellow", "parts (blue)");
    getStatistics(area, meanYb, min, max, sdYb);
    close();
    close("yellow");
    close("parts (red)");
    close("parts (green)");
    close("parts (blue)");
    return sqrt(sdRg * sdRg + sdYb * sdYb) + 0.3 * sqrt(meanRg * meanRg + meanYb * meanYb);
}
