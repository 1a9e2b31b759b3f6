// NeuralIJ Inpaint example: removes the tower from the held-out test photograph camera.png by
// filling an oval selection with the bundled model "inpaint", then checks that every pixel outside
// the oval is unchanged and prints the mean inside it.
// From the project folder, after "mvn package":  bin/imagej -batch macros/inpaint.ijm
// In Fiji: open test-images/camera.png, draw any selection, then Plugins › NeuralIJ › Inpaint...

root = call("java.lang.System.getProperty", "user.dir") + File.separator;
setBatchMode(true);
open(root + "test-images" + File.separator + "camera.png");
original = getTitle();
makeOval(400, 106, 44, 96);
getStatistics(area, meanBefore);
run("Inpaint...", "model=inpaint mask=selection tile=0 overlap=0 device=auto");
result = getTitle();
print("Inpaint: " + result + " " + getWidth() + "x" + getHeight() + " " + bitDepth() + "-bit, " + nSlices + " slice(s)");
makeOval(400, 106, 44, 96);
getStatistics(area, meanInside);
imageCalculator("Difference create", original, result);
makeOval(400, 106, 44, 96);
run("Make Inverse");
getStatistics(area, mean, min, largestChange);
unchanged = "no";
if (largestChange == 0) unchanged = "yes";
print("  outside the oval unchanged: " + unchanged + " (largest difference " + largestChange + ")");
print("  mean inside the oval: " + d2s(meanInside, 1) + " (the tower that was there: " + d2s(meanBefore, 1) + ")");
