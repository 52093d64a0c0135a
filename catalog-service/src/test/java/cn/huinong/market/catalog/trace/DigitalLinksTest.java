package cn.huinong.market.catalog.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DigitalLinksTest {

    private static final String SET_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final int[] GTIN_LENGTHS = {8, 12, 13, 14};

    @Test
    void aThousandRandomGtinsAndLotsSurviveBuildAndParse() {
        Random random = new Random(20261202);
        for (int i = 0; i < 1000; i++) {
            String gtin = randomGtin(random);
            String lot = randomLot(random);
            TraceCode.GtinLot built = DigitalLinks.gtinLot(gtin, lot);
            String uri = built.uri("https://trace.huinong.market");
            assertTrue(uri.matches("https://trace\\.huinong\\.market/01/\\d{14}/10/[A-Za-z0-9._%-]+"), uri);

            TraceCode parsed = DigitalLinks.parse(uri);
            assertEquals(built, parsed, uri);
            assertEquals("0".repeat(14 - gtin.length()) + gtin, ((TraceCode.GtinLot) parsed).gtin());
            assertEquals(lot, ((TraceCode.GtinLot) parsed).lot());
            // the same link on another resolver, with a query string, is the same code
            assertEquals(built, DigitalLinks.parse("https://id.gs1.org" + built.path() + "?linkType=all"));
        }
    }

    @Test
    void badCheckDigitsAreRefused() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            String gtin = randomGtin(random);
            int check = gtin.charAt(gtin.length() - 1) - '0';
            String wrong = gtin.substring(0, gtin.length() - 1) + (check + 1 + random.nextInt(9)) % 10;
            InvalidTraceCodeException e = assertThrows(InvalidTraceCodeException.class,
                    () -> DigitalLinks.parse("/01/" + wrong + "/10/LOT1"));
            assertTrue(e.detailKey().contains("check digit"), e.detailKey());
        }
        assertThrows(InvalidTraceCodeException.class, () -> DigitalLinks.gtinLot("1234567", "A"));
        assertThrows(InvalidTraceCodeException.class, () -> DigitalLinks.gtinLot("06901234567892", ""));
        assertThrows(InvalidTraceCodeException.class,
                () -> DigitalLinks.gtinLot("06901234567892", "123456789012345678901"));
        assertThrows(InvalidTraceCodeException.class, () -> DigitalLinks.gtinLot("06901234567892", "批次1"));
        assertThrows(InvalidTraceCodeException.class, () -> DigitalLinks.parse("/01/06901234567892/10/A%G1"));
        assertThrows(InvalidTraceCodeException.class, () -> DigitalLinks.parse("https://example.com/products/1"));
    }

    @Test
    void lotsArePercentEncodedAsTheStandardAsks() {
        TraceCode.GtinLot code = DigitalLinks.gtinLot("6901234567892", "A/B:1");
        assertEquals("/01/06901234567892/10/A%2FB%3A1", code.path());
    }

    @Test
    void shortCodesRoundTripAndCatchTypos() {
        Random random = new Random(11);
        for (int i = 0; i < 1000; i++) {
            TraceCode.ShortCode code = DigitalLinks.newShortCode(random);
            assertEquals(code, DigitalLinks.parse("https://trace.huinong.market" + code.path()));
            assertEquals(code, DigitalLinks.shortCode(code.code().toLowerCase()));
            char[] typo = code.code().toCharArray();
            int at = random.nextInt(9);
            typo[at] = typo[at] == '7' ? '8' : '7';
            assertThrows(InvalidTraceCodeException.class, () -> DigitalLinks.shortCode(new String(typo)));
        }
    }

    static String randomGtin(Random random) {
        int length = GTIN_LENGTHS[random.nextInt(GTIN_LENGTHS.length)];
        StringBuilder body = new StringBuilder();
        for (int d = 0; d < length - 1; d++) {
            body.append(random.nextInt(10));
        }
        return Gs1CheckDigit.append(body.toString());
    }

    private static String randomLot(Random random) {
        StringBuilder lot = new StringBuilder();
        int length = 1 + random.nextInt(20);
        for (int c = 0; c < length; c++) {
            lot.append(SET_82.charAt(random.nextInt(SET_82.length())));
        }
        return lot.toString();
    }
}
