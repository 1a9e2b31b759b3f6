// NeuralIJ example: finds the nuclei of a fluorescence image with the bundled model
// "segment-nuclei", as a label image (touching nuclei get different labels) and as ROIs with
// a Results table, and prints what it found.
// From the project folder, after "mvn package":
//   bin/imagej -batch macros/segment.ijm [image]
// (default image: test-images/nuclei.tif, synthetic, with its true nuclei in nuclei-true-labels.tif)

root = call("java.lang.System.getProperty", "user.dir") + File.separator;
path = getArgument();
if (path == "") path = root + "test-images" + File.separator + "nuclei.tif";
setBatchMode(true);
open(path);
input = getTitle();

run("Segment...", "model=segment-nuclei output=labels tile=0 overlap=0 device=auto");
getStatistics(area, mean, min, count);
print("labels: " + getTitle() + ", " + bitDepth() + "-bit, " + getWidth() + "x" + getHeight() + "x" + nSlices + ", " + count + " objects");

selectImage(input);
run("Segment...", "model=segment-nuclei output=rois");
total = 0;
for (i = 0; i < nResults; i++) total += getResult("Area", i);
getPixelSize(unit, pixelWidth, pixelHeight);
print("rois: " + roiManager("count") + " in the ROI Manager, " + nResults + " rows in Results, mean area " + d2s(total / maxOf(nResults, 1), 1) + " " + unit + "^2");

truth = File.getParent(path) + File.separator + "nuclei-true-labels.tif";
if (File.exists(truth) && endsWith(path, "nuclei.tif")) {
    open(truth);
    getStatistics(area, mean, min, trueCount);
    print("true nuclei: " + trueCount);
}
