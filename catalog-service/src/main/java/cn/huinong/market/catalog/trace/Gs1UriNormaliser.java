package cn.huinong.market.catalog.trace;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings an identifier that carries a GS1 key (EPC URI, EPC class URI or a GS1 Digital Link URI on any host) to the
 * constrained canonical Digital Link form the CBV 2.0 event hash uses: {@code https://id.gs1.org/<AI>/<key>…}, the
 * finest identification level only, no query string. Anything else is left alone ({@link Optional#empty()}).
 * Covers the schemes this platform and the reference examples use (SGTIN, SSCC, SGLN, PGLN, LGTIN, GIAI, GSRN,
 * GDTI, GRAI and Digital Link URIs).
 */
final class Gs1UriNormaliser {

    private static final String SERIAL = "((?:%[0-9A-Fa-f]{2}|[!')(*+,.0-9:;=A-Za-z_-])+)";
    private static final Pattern SGTIN = Pattern
            .compile("^urn:epc:id:sgtin:(\\d{6,12})\\.(\\d{1,7})\\." + SERIAL + "$");
    private static final Pattern LGTIN = Pattern
            .compile("^urn:epc:class:lgtin:(\\d{6,12})\\.(\\d{1,7})\\." + SERIAL + "$");
    private static final Pattern SSCC = Pattern.compile("^urn:epc:id:sscc:(\\d{6,12})\\.(\\d{5,11})$");
    private static final Pattern SGLN = Pattern.compile("^urn:epc:id:sgln:(\\d{6,12})\\.(\\d{0,6})\\." + SERIAL + "$");
    private static final Pattern PGLN = Pattern.compile("^urn:epc:id:pgln:(\\d{6,12})\\.(\\d{0,6})$");
    private static final Pattern GIAI = Pattern.compile("^urn:epc:id:giai:(\\d{6,12})\\." + SERIAL + "$");
    private static final Pattern GSRN = Pattern.compile("^urn:epc:id:gsrn:(\\d{6,12})\\.(\\d{5,11})$");
    private static final Pattern GDTI = Pattern.compile("^urn:epc:id:gdti:(\\d{6,12})\\.(\\d{0,6})\\." + SERIAL + "$");
    private static final Pattern GRAI = Pattern.compile("^urn:epc:id:grai:(\\d{6,12})\\.(\\d{0,6})\\." + SERIAL + "$");
    private static final Pattern DIGITAL_LINK = Pattern.compile(
            "^https?://[^/?#]+(?:/[^?#]*)?/(01|gtin|00|sscc|414|gln|417|party|8004|giai|8018|gsrn|253|gdti|8003|grai)/"
                    + "(\\d{4}[^/?#]*)((?:/[^/?#]+/[^/?#]+)*)/?(?:[?#].*)?$");

    private Gs1UriNormaliser() {
    }

    static Optional<String> normalise(String uri) {
        Matcher m;
        if ((m = SGTIN.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 13) {
            return Optional.of(gtinPrefix(m.group(1), m.group(2)) + "/21/" + webSafe(m.group(3)));
        }
        if ((m = LGTIN.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 13) {
            return Optional.of(gtinPrefix(m.group(1), m.group(2)) + "/10/" + webSafe(m.group(3)));
        }
        if ((m = SSCC.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 17) {
            String serialRef = m.group(2);
            return Optional.of("https://id.gs1.org/00/"
                    + Gs1CheckDigit.append(serialRef.charAt(0) + m.group(1) + serialRef.substring(1)));
        }
        if ((m = SGLN.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 12) {
            String gln = "https://id.gs1.org/414/" + Gs1CheckDigit.append(m.group(1) + m.group(2));
            return Optional.of("0".equals(m.group(3)) ? gln : gln + "/254/" + webSafe(m.group(3)));
        }
        if ((m = PGLN.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 12) {
            return Optional.of("https://id.gs1.org/417/" + Gs1CheckDigit.append(m.group(1) + m.group(2)));
        }
        if ((m = GIAI.matcher(uri)).matches()) {
            return Optional.of("https://id.gs1.org/8004/" + m.group(1) + webSafe(m.group(2)));
        }
        if ((m = GSRN.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 17) {
            return Optional.of("https://id.gs1.org/8018/" + Gs1CheckDigit.append(m.group(1) + m.group(2)));
        }
        if ((m = GDTI.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 12) {
            return Optional.of(
                    "https://id.gs1.org/253/" + Gs1CheckDigit.append(m.group(1) + m.group(2)) + webSafe(m.group(3)));
        }
        if ((m = GRAI.matcher(uri)).matches() && m.group(1).length() + m.group(2).length() == 12) {
            return Optional.of("https://id.gs1.org/8003/" + Gs1CheckDigit.append("0" + m.group(1) + m.group(2))
                    + webSafe(m.group(3)));
        }
        if ((m = DIGITAL_LINK.matcher(uri)).matches()) {
            return digitalLink(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    private static Optional<String> digitalLink(String keyName, String key, String qualifiers) {
        String ai = switch (keyName) {
            case "gtin" -> "01";
            case "sscc" -> "00";
            case "gln" -> "414";
            case "party" -> "417";
            case "giai" -> "8004";
            case "gsrn" -> "8018";
            case "gdti" -> "253";
            case "grai" -> "8003";
            default -> keyName;
        };
        if ("01".equals(ai)) {
            if (!key.matches("\\d{8}|\\d{12,14}")) {
                return Optional.empty();
            }
            key = "0".repeat(14 - key.length()) + key;
        }
        String lot = null;
        String serial = null;
        String[] parts = qualifiers.isEmpty() ? new String[0] : qualifiers.substring(1).split("/");
        for (int i = 0; i + 1 < parts.length; i += 2) {
            switch (parts[i]) {
                case "10", "lot" -> lot = parts[i + 1];
                case "21", "ser" -> serial = parts[i + 1];
                case "254" -> serial = parts[i + 1];
                default -> {
                    // a CPV (22) or other qualifier is dropped: the hash keeps the finest key level only
                }
            }
        }
        StringBuilder out = new StringBuilder("https://id.gs1.org/").append(ai).append('/').append(key);
        if ("01".equals(ai) && serial != null) {
            out.append("/21/").append(serial);
        } else if ("01".equals(ai) && lot != null) {
            out.append("/10/").append(lot);
        } else if ("414".equals(ai) && serial != null) {
            out.append("/254/").append(serial);
        }
        return Optional.of(out.toString());
    }

    private static String gtinPrefix(String companyPrefix, String itemRef) {
        return "https://id.gs1.org/01/"
                + Gs1CheckDigit.append(itemRef.charAt(0) + companyPrefix + itemRef.substring(1));
    }

    /** The characters a GS1 Digital Link path segment must percent-encode that an EPC URI may carry as they are. */
    private static String webSafe(String value) {
        return value.replace("!", "%21").replace("(", "%28").replace(")", "%29").replace("*", "%2A")
                .replace("+", "%2B").replace(",", "%2C").replace(":", "%3A");
    }
}
