// NeuralIJ demo: removes the noise of a noisy micrograph with the bundled model
// "denoise-gray", saves the result and prints how much closer to the clean original it is.
// From the project folder, after "mvn package":
//   bin/imagej -batch macros/demo.ijm   (it starts Xvfb where there is no display: ImageJ 1.x needs one even for -batch)
// In Fiji: File › Open test-images/cell-noisy.tif, then Plugins › NeuralIJ › Run Model...

root = call("java.lang.System.getProperty", "user.dir") + File.separator;
setBatchMode(true);
open(root + "test-images" + File.separator + "cell-noisy.tif");
noisy = getTitle();
run("Run Model...", "model=denoise-gray tile=0 overlap=0 device=auto");
denoised = getTitle();
outputFolder = root + "target" + File.separator + "demo" + File.separator;
File.makeDirectory(root + "target");
File.makeDirectory(outputFolder);
output = outputFolder + denoised + ".tif";
saveAs("Tiff", output);
denoised = getTitle();
open(root + "test-images" + File.separator + "cell.png");
clean = getTitle();
print("NeuralIJ demo: " + noisy + " -> " + output);
print("  PSNR against the clean image: noisy " + d2s(psnr(clean, noisy), 2) + " dB, denoised " + d2s(psnr(clean, denoised), 2) + " dB");

function psnr(reference, test) {
    imageCalculator("Subtract create 32-bit", test, reference);
    run("Square");
    getStatistics(area, meanSquaredError);
    close();
    return 10 * log(255 * 255 / meanSquaredError) / log(10);
}
