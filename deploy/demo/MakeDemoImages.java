import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the demo product photos (plain shapes and colours, so no font or licence is involved). Run once with
 * `java deploy/demo/MakeDemoImages.java deploy/demo/images`; the results are committed.
 */
public class MakeDemoImages {

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "images");
        dir.mkdirs();
        draw(dir, "walnuts.jpg", new Color(0xF3E5C8), new Color(0xD9B98A), new Color(0x8B5A2B), 40, 60);
        draw(dir, "beef-jerky.jpg", new Color(0xFBE3D6), new Color(0xE8A58C), new Color(0x7A2E1E), 14, 110);
        draw(dir, "lily.jpg", new Color(0xF7F4EA), new Color(0xE6DFC4), new Color(0xF1EBD0), 30, 70);
        draw(dir, "wolfberry.jpg", new Color(0xFFF1EC), new Color(0xF6C9B8), new Color(0xC81E1E), 90, 26);
        draw(dir, "brick-carving.jpg", new Color(0xE3E3E0), new Color(0xB9B9B2), new Color(0x6E6A62), 6, 220);
    }

    private static void draw(File dir, String name, Color top, Color bottom, Color item, int count, int size)
            throws Exception {
        int w = 1200;
        int h = 900;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, top, 0, h, bottom));
        g.fillRect(0, 0, w, h);
        Random random = new Random(name.hashCode());
        for (int i = 0; i < count; i++) {
            double x = 150 + random.nextDouble() * (w - 300 - size);
            double y = 150 + random.nextDouble() * (h - 300 - size);
            double s = size * (0.8 + random.nextDouble() * 0.4);
            g.setColor(item.darker());
            g.fill(new Ellipse2D.Double(x + 6, y + 8, s, s * 0.9));
            g.setColor(item);
            if (size > 150) {
                g.fill(new RoundRectangle2D.Double(x, y, s, s * 0.7, 30, 30));
            } else {
                g.fill(new Ellipse2D.Double(x, y, s, s * 0.9));
            }
        }
        g.dispose();
        ImageIO.write(image, "jpg", new File(dir, name));
    }
}
