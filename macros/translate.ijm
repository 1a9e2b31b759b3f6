// NeuralIJ: Translate (CycleGAN)... with the bundled model "cyclegan" on a held-out fluorescence image.
// Translates test-images/nuclei.tif (synthetic fluorescence nuclei, a seed the model never saw) from domain A
// (fluorescence: bright nuclei on dark) to B (brightfield: dark stained nuclei on a light background), translates
// it back, and prints the translation's title, size and type, its mean next to the input's (brightfield is the
// brighter), and the cycle L1 between the input and its reconstruction (input normalised to -1..1).
// From the project folder, after "mvn package":
//   bin/imagej -batch macros/translate.ijm   (it starts Xvfb where there is no display: ImageJ 1.x needs one even for -batch)
// In Fiji: open a fluorescence image of nuclei, then Plugins › NeuralIJ › Translate (CycleGAN)...

root = call("java.lang.System.getProperty", "user.dir") + File.separator;
setBatchMode(true);
open(root + "test-images" + File.separator + "nuclei.tif");
getStatistics(area, inputMean);
run("Translate (CycleGAN)...", "model=cyclegan direction=A_to_B reconstruct tile=0 overlap=0 device=auto");
getStatistics(area, translatedMean);
type = "" + bitDepth() + "-bit";
print("NeuralIJ translate: " + getTitle() + " " + getWidth() + "x" + getHeight() + " " + type);
print("  mean " + d2s(translatedMean, 1) + " (input " + d2s(inputMean, 1) + ")");
l1 = getResult("Cycle L1", nResults - 1);
print("  cycle L1 " + d2s(l1, 4) + " (reconstruction " + isOpen("nuclei-reconstruction") + ")");
exit();
