package cn.huinong.market.catalog.trace;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/**
 * Builds and parses the codes on trace labels: GS1 Digital Link URIs {@code /01/{gtin}/10/{lot}} (GS1 Digital Link
 * standard 1.x: GTIN-8/12/13/14 with a valid check digit, zero-padded to 14 digits; the lot 1–20 characters of GS1
 * AI encodable character set 82, percent-encoded in the path except A–Z a–z 0–9 - . _) and the platform's short
 * codes {@code /t/{code}} for shops without a GTIN. Anything malformed is an {@link InvalidTraceCodeException}.
 */
public final class DigitalLinks {

    /** GS1 AI encodable character set 82 (GS1 General Specifications figure 7.11-1). */
    private static final String SET_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int SHORT_CODE_LENGTH = 10;

    private DigitalLinks() {
    }

    public static TraceCode.GtinLot gtinLot(String gtin, String lot) {
        return new TraceCode.GtinLot(gtin14(gtin), checkLot(lot));
    }

    /** Parses a full URI (any resolver host, optional query) or a bare path. */
    public static TraceCode parse(String uriOrPath) {
        if (uriOrPath == null || uriOrPath.isBlank()) {
            throw new InvalidTraceCodeException("A trace code is required.");
        }
        String path;
        try {
            URI uri = new URI(uriOrPath.strip());
            path = uri.getRawPath();
        } catch (URISyntaxException e) {
            throw new InvalidTraceCodeException("Not a URI: " + e.getMessage());
        }
        if (path == null) {
            throw new InvalidTraceCodeException("The URI has no path.");
        }
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (i + 4 == parts.length && ("01".equals(parts[i]) || "gtin".equals(parts[i]))
                    && ("10".equals(parts[i + 2]) || "lot".equals(parts[i + 2]))) {
                return gtinLot(parts[i + 1], decodeSegment(parts[i + 3]));
            }
            if ("t".equals(parts[i]) && i + 2 == parts.length) {
                return shortCode(parts[i + 1]);
            }
        }
        throw new InvalidTraceCodeException("Expected /01/{gtin}/10/{lot} or /t/{code}.");
    }

    public static TraceCode.ShortCode shortCode(String code) {
        String upper = code == null ? "" : code.toUpperCase(java.util.Locale.ROOT);
        if (upper.length() != SHORT_CODE_LENGTH || !upper.chars().allMatch(c -> CROCKFORD.indexOf(c) >= 0)) {
            throw new InvalidTraceCodeException("A short code is " + SHORT_CODE_LENGTH + " characters of "
                    + CROCKFORD + ".");
        }
        if (checkCharacter(upper.substring(0, SHORT_CODE_LENGTH - 1)) != upper.charAt(SHORT_CODE_LENGTH - 1)) {
            throw new InvalidTraceCodeException("The short code's check character is wrong (mistyped?).");
        }
        return new TraceCode.ShortCode(upper);
    }

    /** A new random short code (nine random characters, ≈ 3.5·10^13 codes, and a check character). */
    public static TraceCode.ShortCode newShortCode(RandomGenerator random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < SHORT_CODE_LENGTH - 1; i++) {
            code.append(CROCKFORD.charAt(random.nextInt(CROCKFORD.length())));
        }
        return new TraceCode.ShortCode(code.append(checkCharacter(code.toString())).toString());
    }

    /** A weighted sum mod 31 (a prime): catches a wrong character and a swap of neighbours (except 0 for Z). */
    private static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * CROCKFORD.indexOf(body.charAt(i));
        }
        return CROCKFORD.charAt(sum % 31);
    }

    static String gtin14(String gtin) {
        if (gtin == null || !gtin.matches("\\d{8}|\\d{12,14}")) {
            throw new InvalidTraceCodeException("A GTIN has 8, 12, 13 or 14 digits.");
        }
        if (!Gs1CheckDigit.valid(gtin)) {
            throw new InvalidTraceCodeException("The GTIN's check digit is wrong.");
        }
        return "0".repeat(14 - gtin.length()) + gtin;
    }

    /** Checks a lot number against the Digital Link rules (1–20 characters of GS1 set 82) and returns it. */
    public static String checkLot(String lot) {
        if (lot == null || lot.isEmpty() || lot.length() > 20) {
            throw new InvalidTraceCodeException("A lot number has 1 to 20 characters.");
        }
        for (int i = 0; i < lot.length(); i++) {
            if (SET_82.indexOf(lot.charAt(i)) < 0) {
                throw new InvalidTraceCodeException(
                        "A lot number may use only letters A-Z a-z, digits and !\"%&'()*+,-./:;<=>?_");
            }
        }
        return lot;
    }

    static String encodeSegment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static String decodeSegment(String segment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                try {
                    bytes.write(java.util.HexFormat.fromHexDigits(segment.substring(i + 1, i + 3)));
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    throw new InvalidTraceCodeException("A % in the lot is not followed by two hex digits.");
                }
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
