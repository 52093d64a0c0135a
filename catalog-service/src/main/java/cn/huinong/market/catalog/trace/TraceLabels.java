package cn.huinong.market.catalog.trace;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Printable trace labels for a 40 × 30 mm sticker: the QR code of the Digital Link URI on the left (30 mm tall with
 * its quiet zone), product name, lot and date on the right. PNG at 300 dpi (472 × 354 px, what thermal label
 * printers print) and SVG in millimetres (for any printer). Error correction M: a smudged or creased label still
 * scans, and a typical URI stays at QR version 4–5, so a module is about 0.6 mm.
 */
@ApplicationScoped
public class TraceLabels {

    public static final int DPI = 300;
    public static final double WIDTH_MM = 40;
    public static final double HEIGHT_MM = 30;
    static final int QUIET_ZONE_MODULES = 4;

    /** What a label shows besides the code. */
    public record LabelText(String productName, String lot, String date) {
    }

    public byte[] png(String uri, LabelText text) {
        int width = px(WIDTH_MM);
        int height = px(HEIGHT_MM);
        BitMatrix qr = matrix(uri);
        int module = height / qr.getHeight();
        int qrSize = module * qr.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            int top = (height - qrSize) / 2;
            for (int y = 0; y < qr.getHeight(); y++) {
                for (int x = 0; x < qr.getWidth(); x++) {
                    if (qr.get(x, y)) {
                        g.fillRect(x * module, top + y * module, module, module);
                    }
                }
            }
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int left = qrSize + 4;
            int textWidth = width - left - 6;
            Font name = new Font(Font.SANS_SERIF, Font.BOLD, 30);
            Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 26);
            int baseline = top + 70;
            baseline = drawWrapped(g, name, text.productName(), left, baseline, textWidth, 3);
            g.setFont(small);
            g.drawString(fit(g.getFontMetrics(), "LOT " + text.lot(), textWidth), left, baseline + 20);
            g.drawString(fit(g.getFontMetrics(), text.date(), textWidth), left, baseline + 56);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public String svg(String uri, LabelText text) {
        BitMatrix qr = matrix(uri);
        double module = HEIGHT_MM / qr.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                if (qr.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        double left = HEIGHT_MM + 0.5;
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="40mm" height="30mm" viewBox="0 0 40 30">
                <rect width="40" height="30" fill="#fff"/>
                <path transform="scale(%s)" shape-rendering="crispEdges" fill="#000" d="%s"/>
                <g font-family="sans-serif" fill="#000">
                <text x="%s" y="7" font-size="2.6" font-weight="bold">%s</text>
                <text x="%s" y="13" font-size="2.2">LOT %s</text>
                <text x="%s" y="17" font-size="2.2">%s</text>
                </g>
                </svg>
                """.formatted(fmt(module), path, fmt(left), xml(text.productName()), fmt(left), xml(text.lot()),
                fmt(left), xml(text.date()));
    }

    static BitMatrix matrix(String uri) {
        try {
            // size 1: ZXing returns the matrix at one pixel per module; we scale ourselves
            return new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 1, 1,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN,
                            QUIET_ZONE_MODULES, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + uri + " as a QR code", e);
        }
    }

    private static int drawWrapped(Graphics2D g, Font font, String text, int x, int y, int width, int maxLines) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        String rest = text == null ? "" : text;
        int lines = 0;
        while (!rest.isEmpty() && lines < maxLines) {
            int end = rest.length();
            while (end > 1 && m.stringWidth(rest.substring(0, end)) > width) {
                end--;
            }
            g.drawString(rest.substring(0, end), x, y);
            rest = rest.substring(end).strip();
            y += m.getHeight();
            lines++;
        }
        return y;
    }

    private static String fit(FontMetrics m, String text, int width) {
        String s = text == null ? "" : text;
        while (s.length() > 1 && m.stringWidth(s) > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static int px(double mm) {
        return (int) Math.round(mm / 25.4 * DPI);
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }

    private static String xml(String s) {
        return s == null ? ""
                : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
