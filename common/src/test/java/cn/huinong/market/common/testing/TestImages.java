package cn.huinong.market.common.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Images made by the tests themselves: photos with GPS EXIF, transparent PNGs, decompression bombs. */
public final class TestImages {

    /** Linxia, Gansu: where the GPS EXIF of the test photos says they were taken. */
    public static final double LATITUDE = 35.6;
    public static final double LONGITUDE = 103.2;

    private TestImages() {
    }

    public static BufferedImage picture(int width, int height, boolean noisy) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(200, 60, 40), width, height, new Color(30, 120, 200)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        if (noisy) {
            Random random = new Random(42);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, image.getRGB(x, y) ^ (random.nextInt() & 0x0F0F0F));
                }
            }
        }
        return image;
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A JPEG with an EXIF APP1 segment right after SOI: camera make, an orientation and a GPS position.
     * Orientation 1 is upright, 6 means "turn 90° clockwise to view".
     */
    public static byte[] withGpsExif(byte[] jpeg, int orientation) {
        byte[] tiff = exifTiff(orientation);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiff.length;
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
        out.put(jpeg, 0, 2); // SOI
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(header).put(tiff);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    private static byte[] exifTiff(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: 3 entries (12 bytes each) + next-IFD offset → ends at 8 + 2 + 36 + 4 = 50.
        int make = 50; // "HuinongCam\0" (11 bytes) → 61, pad to 62
        int gps = 62;
        b.putShort((short) 3);
        entry(b, 0x010F, 2, 11, make);
        entry(b, 0x0112, 3, 1, orientation);
        entry(b, 0x8825, 4, 1, gps);
        b.putInt(0);
        b.put("HuinongCam\0".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 0);
        // GPS IFD at 62: 5 entries → 62 + 2 + 60 + 4 = 128; rationals after it.
        int latitude = 128;
        int longitude = latitude + 24;
        b.putShort((short) 5);
        b.putShort((short) 0x0000).putShort((short) 1).putInt(4).put(new byte[]{2, 3, 0, 0});
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[]{'N', 0, 0, 0});
        entry(b, 0x0002, 5, 3, latitude);
        b.putShort((short) 0x0003).putShort((short) 2).putInt(2).put(new byte[]{'E', 0, 0, 0});
        entry(b, 0x0004, 5, 3, longitude);
        b.putInt(0);
        rationalDegrees(b, LATITUDE);
        rationalDegrees(b, LONGITUDE);
        byte[] tiff = new byte[b.position()];
        b.flip().get(tiff);
        return tiff;
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }

    private static void rationalDegrees(ByteBuffer b, double degrees) {
        int whole = (int) degrees;
        int minutes = (int) Math.round((degrees - whole) * 60);
        b.putInt(whole).putInt(1).putInt(minutes).putInt(1).putInt(0).putInt(1);
    }

    /**
     * A tiny PNG (well under 1 KB) whose header claims {@code width × height} pixels: decoding it would need
     * gigabytes. Only IHDR is real; the data chunk is a stub.
     */
    public static byte[] pngBomb(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[]{0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
