package cn.huinong.market.gateway.route;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Titles and details of the gateway's own problems in Simplified Chinese (the default, as in every service:
 * most users read Chinese, many no English) and English for callers that prefer it.
 */
public final class ProblemMessages {

    private static final String BUNDLE = "messages.problems";
    // No fallback to the JVM's default locale: the answer must not depend on the server's locale settings.
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK);
    private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, NO_FALLBACK);

    private ProblemMessages() {
    }

    public static String title(ProblemType type, Locale locale) {
        return bundle(locale).getString(type.slug() + ".title");
    }

    public static String detail(ProblemType type, Locale locale) {
        return bundle(locale).getString(type.slug() + ".detail");
    }

    private static ResourceBundle bundle(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    /**
     * Picks {@code zh} or {@code en} from an {@code Accept-Language} header by quality, first listed wins ties.
     * Languages we do not have are skipped rather than ending the search, so {@code fr, zh;q=0.5} gives Chinese.
     */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.CHINESE;
        }
        Locale best = Locale.CHINESE;
        double bestQuality = -1;
        for (String part : acceptLanguage.split(",")) {
            String[] pieces = part.trim().split(";");
            String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
            Locale candidate = tag.equals("zh") || tag.startsWith("zh-") ? Locale.CHINESE
                    : tag.equals("en") || tag.startsWith("en-") ? Locale.ENGLISH
                            : null;
            if (candidate == null) {
                continue;
            }
            double quality = quality(pieces);
            if (quality > bestQuality) {
                best = candidate;
                bestQuality = quality;
            }
        }
        return bestQuality > 0 ? best : Locale.CHINESE;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String param = pieces[i].trim();
            if (param.startsWith("q=")) {
                try {
                    return Double.parseDouble(param.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
