package cn.huinong.market.common.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one reading of {@code Accept-Language} on the platform (services and gateway alike): RFC 4647 lookup through
 * {@link Locale.LanguageRange#parse} and {@link Locale#lookupTag} over the two languages we speak. Quality values
 * order the ranges and {@code q=0} excludes one; a language we do not have is skipped, so {@code fr, zh;q=0.5} is
 * Chinese; regional variants fall back to their language ({@code zh-TW} is Chinese, {@code en-US} English).
 * Chinese is the default, also for {@code *} and for headers that cannot be parsed: most users read Chinese.
 */
public final class AcceptLanguage {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final List<String> SPOKEN = List.of("zh", "en");

    private AcceptLanguage() {
    }

    /** Chinese ({@code zh-CN}) or English ({@code en}) for an {@code Accept-Language} header value. */
    public static Locale negotiate(String header) {
        if (header == null || header.isBlank()) {
            return CHINESE;
        }
        try {
            return pick(Locale.LanguageRange.parse(header));
        } catch (IllegalArgumentException malformedHeader) {
            return CHINESE;
        }
    }

    /** The same choice from languages a framework has already parsed, most preferred first. */
    public static Locale negotiate(List<Locale> acceptable) {
        List<Locale.LanguageRange> ranges = new ArrayList<>();
        for (Locale locale : acceptable) {
            String tag = locale.toLanguageTag();
            if (!"und".equals(tag)) {
                ranges.add(new Locale.LanguageRange(tag));
            }
        }
        return pick(ranges);
    }

    private static Locale pick(List<Locale.LanguageRange> ranges) {
        return "en".equals(Locale.lookupTag(ranges, SPOKEN)) ? Locale.ENGLISH : CHINESE;
    }
}
