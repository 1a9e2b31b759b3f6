package org.neuralij.train.data;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.neuralij.image.FloatImage;

/**
 * A real JPEG round trip (javax.imageio) at a quality drawn per image from [min, max] (0-100). Values are
 * clipped to [0, 1] and quantised to 8 bits on the way. Three channels are encoded as one colour JPEG (with
 * its chroma subsampling); any other channel count as one grey JPEG per channel.
 */
public final class JpegCompression implements DegradationStep {

    private final RandomRange quality;

    public JpegCompression(RandomRange quality) {
        if (quality.max() > 100) {
            throw new IllegalArgumentException("JPEG quality goes from 0 to 100, but the range is "
                    + quality.spec() + ".");
        }
        this.quality = quality;
    }

    public static JpegCompression defaultRange() {
        return new JpegCompression(new RandomRange(10, 70));
    }

    @Override
    public Degraded apply(Degraded current, Random random) {
        float q = (float) (quality.drawInt(random) / 100.0);
        FloatImage image = current.image();
        FloatImage result = FloatImage.zeros(image.channels(), image.width(), image.height());
        if (image.channels() == 3) {
            roundTrip(image, 0, 3, q, result);
        } else {
            for (int c = 0; c < image.channels(); c++) {
                roundTrip(image, c, 1, q, result);
            }
        }
        return current.withImage(result);
    }

    private static void roundTrip(FloatImage image, int firstChannel, int bands, float quality, FloatImage result) {
        int type = bands == 3 ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY;
        BufferedImage encoded = new BufferedImage(image.width(), image.height(), type);
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                for (int b = 0; b < bands; b++) {
                    encoded.getRaster().setSample(x, y, b, toByte(image.get(firstChannel + b, x, y)));
                }
            }
        }
        BufferedImage decoded = decode(encode(encoded, quality));
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int rgb = decoded.getRGB(x, y);
                for (int b = 0; b < bands; b++) {
                    int value = bands == 3 ? (rgb >> (16 - 8 * b)) & 0xff : decoded.getRaster().getSample(x, y, 0);
                    result.set(firstChannel + b, x, y, value / 255f);
                }
            }
        }
    }

    private static int toByte(float v) {
        return Math.round(Math.min(1, Math.max(0, v)) * 255);
    }

    private static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG decoding failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String spec() {
        return "jpeg=" + quality.spec();
    }
}
