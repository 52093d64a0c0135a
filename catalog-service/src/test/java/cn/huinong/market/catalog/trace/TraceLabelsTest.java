package cn.huinong.market.catalog.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TraceLabelsTest {

    private final TraceLabels labels = new TraceLabels();
    private final String uri = DigitalLinks.gtinLot("6901234567892", "NRG-2026/11").uri("https://trace.huinong.market");
    private final TraceLabels.LabelText text = new TraceLabels.LabelText("清真牛肉干 Halal beef jerky", "NRG-2026/11",
            "2026-11-28");

    @Test
    void thePngIsA40By30MillimetreLabelAt300DpiWhoseQrCodeDecodesToTheUri() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(labels.png(uri, text)));
        assertEquals(472, image.getWidth());
        assertEquals(354, image.getHeight());

        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        assertEquals(uri, result.getText());
    }

    @Test
    void theSvgIsSizedInMillimetresAndCarriesTheText() {
        String svg = labels.svg(uri, new TraceLabels.LabelText("Walnuts <Hezheng>", "WN-01", "2026-10-01"));
        assertTrue(svg.contains("width=\"40mm\" height=\"30mm\""));
        assertTrue(svg.contains("Walnuts &lt;Hezheng&gt;"));
        assertTrue(svg.contains("LOT WN-01"));
        assertTrue(svg.contains("2026-10-01"));
    }
}
