// NeuralIJ: paint a photo in the texture of another image by optimising its pixels (Gatys et al.).
// Usage: bin/imagej -batch macros/style-transfer.ijm
// Content: a crop of the bundled coffee.png; style: gravel.png (8-bit gray: used as RGB, the Log says so).
// A few L-BFGS iterations at a small working size, to show the mechanics; give iterations=100
// size=256 (the defaults) for a real picture, and features=[/path/vgg16-taps.pt] for a pretrained VGG.

images = call("java.lang.System.getProperty", "user.dir") + File.separator + "test-images" + File.separator;
setBatchMode(true);
open(images + "gravel.png");
style = getTitle();
open(images + "coffee.png");
makeRectangle(100, 100, 120, 90);
run("Crop");
content = getTitle();
before = getPixel(60, 45);
run("Style Transfer...", "method=optimize style=[" + style + "] iterations=8 style_weight=1000 content_weight=1 tv_weight=0 size=64 optimizer=lbfgs");
described = getTitle() + " " + getWidth() + "x" + getHeight() + " " + bitDepth() + "-bit";
styleBefore = parseFloat(Property.get("style_loss_before"));
styleAfter = parseFloat(Property.get("style_loss_after"));
contentAfter = parseFloat(Property.get("content_loss_after"));
selectImage(content);
unchanged = (getPixel(60, 45) == before);
verdict = "FAILED";
if (unchanged && styleAfter < styleBefore && bitDepth() == 24) verdict = "OK";
print("NeuralIJ style transfer " + verdict + ": " + described + ", style loss " + d2s(styleBefore, 7) + " -> " + d2s(styleAfter, 7)
    + ", content loss 0 -> " + d2s(contentAfter, 4));
exit();
