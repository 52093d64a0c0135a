package cn.huinong.market.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptLanguageTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
            "fr, zh;q=0.5            | zh-CN", // a language we lack is skipped, not the end of the search
            "en-US,en;q=0.9          | en",
            "en-US,zh;q=0.5          | en",
            "zh-CN,zh;q=0.9,en;q=0.8 | zh-CN",
            "zh-TW                   | zh-CN", // a region falls back to its language
            "zh-Hant;q=0.3, en-GB;q=0.2 | zh-CN", // quality, not order, decides
            "en-GB;q=0.2, zh-Hant;q=0.3 | zh-CN",
            "en;q=0, zh              | zh-CN", // q=0 excludes
            "zh;q=0, en              | en",
            "en;q=0                  | zh-CN",
            "*                       | zh-CN", // anything: our default
            "de                      | zh-CN",
            "en;q=abc                | zh-CN", // malformed headers get the default, never an error
            "a,,b                    | zh-CN",
            "'   '                   | zh-CN",
    })
    void headerPicksChineseOrEnglish(String header, String expected) {
        assertEquals(expected, AcceptLanguage.negotiate(header).toLanguageTag());
    }

    @ParameterizedTest
    @CsvSource({"en", "EN", "en-us"})
    void englishWhenPreferred(String header) {
        assertEquals(Locale.ENGLISH, AcceptLanguage.negotiate(header));
    }

    @org.junit.jupiter.api.Test
    void noHeaderIsChinese() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, AcceptLanguage.negotiate((String) null));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.localeFor(""));
    }

    @org.junit.jupiter.api.Test
    void parsedLocalesFollowTheSameRule() {
        assertEquals(Locale.ENGLISH, Messages.localeFor(List.of(Locale.FRENCH, Locale.US, Locale.CHINESE)));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.localeFor(List.of(Locale.TRADITIONAL_CHINESE)));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.localeFor(List.of(Locale.GERMAN)));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.localeFor(List.of()));
    }
}
