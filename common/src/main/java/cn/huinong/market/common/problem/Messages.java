package cn.huinong.market.common.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Human-readable texts of problems in the two languages the platform speaks. Chinese is the default:
 * most users are in China and many read no English.
 */
public final class Messages {

    public static final Locale CHINESE = AcceptLanguage.CHINESE;
    /** Each service may ship its own texts; the shared ones are looked up after them. */
    private static final String[] BUNDLES = {"huinong-messages", "huinong-problems"};

    /** English must not fall back to the JVM's default locale bundle, nor Chinese to English. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** Picks zh-CN or en from an Accept-Language header value (see {@link AcceptLanguage}). */
    public static Locale localeFor(String acceptLanguage) {
        return AcceptLanguage.negotiate(acceptLanguage);
    }

    /** The same choice from the languages JAX-RS parsed out of the header. */
    public static Locale localeFor(List<Locale> acceptable) {
        return AcceptLanguage.negotiate(acceptable);
    }

    /** The text for a key, or the key itself when it is not a message key (free text passes through). */
    public static String text(Locale locale, String key, Object... args) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
        String pattern = key;
        for (String bundle : BUNDLES) {
            try {
                pattern = ResourceBundle.getBundle(bundle, language, NO_FALLBACK).getString(key);
                break;
            } catch (MissingResourceException notHere) {
                // try the next bundle; a key found nowhere is free text and shown as it is
            }
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
