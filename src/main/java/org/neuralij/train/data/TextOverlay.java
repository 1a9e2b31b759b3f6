package org.neuralij.train.data;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.neuralij.image.FloatImage;

/**
 * Writes a random number (0-99) in a random font size (1/12 to 1/4 of the shorter side, at least 8 px),
 * position and grey level onto every channel, anti-aliased, as in fast.ai's crappifier.
 */
public final class TextOverlay implements DegradationStep {

    @Override
    public Degraded apply(Degraded current, Random random) {
        FloatImage image = current.image();
        String number = Integer.toString(random.nextInt(100));
        int shorter = Math.min(image.width(), image.height());
        int minSize = Math.max(8, shorter / 12);
        int fontSize = minSize + random.nextInt(Math.max(1, shorter / 4 - minSize + 1));
        float grey = random.nextFloat();

        BufferedImage coverage = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = coverage.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, fontSize));
            FontMetrics metrics = g.getFontMetrics();
            int x = random.nextInt(Math.max(1, image.width() - metrics.stringWidth(number) + 1));
            int baselineRoom = image.height() - metrics.getAscent() - metrics.getDescent() + 1;
            int y = metrics.getAscent() + random.nextInt(Math.max(1, baselineRoom));
            g.setColor(java.awt.Color.WHITE);
            g.drawString(number, x, y);
        } finally {
            g.dispose();
        }
        return current.withImage(blend(image, coverage, grey));
    }

    private static FloatImage blend(FloatImage image, BufferedImage coverage, float grey) {
        FloatImage result = image.copy();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                float alpha = coverage.getRaster().getSample(x, y, 0) / 255f;
                if (alpha > 0) {
                    for (int c = 0; c < image.channels(); c++) {
                        result.set(c, x, y, image.get(c, x, y) * (1 - alpha) + grey * alpha);
                    }
                }
            }
        }
        return result;
    }

    @Override
    public String spec() {
        return "text";
    }
}
