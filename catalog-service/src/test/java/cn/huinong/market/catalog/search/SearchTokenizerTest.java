package cn.huinong.market.catalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTokenizerTest {

    @Test
    void chineseBecomesOverlappingBigrams() {
        assertEquals(List.of("清真", "真牛", "牛肉", "肉干"), SearchTokenizer.queryTokens("清真牛肉干"));
        assertEquals(List.of("牛肉"), SearchTokenizer.queryTokens("牛肉"));
        assertEquals(List.of("枣"), SearchTokenizer.queryTokens("枣"), "one character is looked up as a unigram");
    }

    @Test
    void namesAlsoIndexUnigramsAndBigramsAcrossSpaces() {
        Set<String> tokens = SearchTokenizer.nameTokens("清真 牛肉干");
        assertTrue(tokens.containsAll(Set.of("清", "真", "牛", "肉", "干", "清真", "牛肉", "肉干", "真牛")), tokens.toString());
        Set<String> text = SearchTokenizer.textTokens("牛奶很香");
        assertTrue(text.containsAll(Set.of("牛奶", "奶很", "很香")));
        assertFalse(text.contains("牛"), "descriptions carry no unigrams");
        assertFalse(text.contains("牛肉"));
    }

    @Test
    void latinWordsAreLowerCasedSingularAndPrefixedInNames() {
        Set<String> name = SearchTokenizer.nameTokens("Linxia WALNUTS, 500g");
        assertTrue(name.containsAll(Set.of("linxia", "walnuts", "walnut", "wa", "waln", "500g")), name.toString());
        assertEquals(List.of("walnut"), SearchTokenizer.queryTokens("Walnuts"));
        assertEquals(List.of("berry"), SearchTokenizer.queryTokens("berries"));
        assertEquals(List.of("glass"), SearchTokenizer.queryTokens("glass"));
    }

    @Test
    void fullWidthAndMixedScriptsAreNormalized() {
        assertEquals(List.of("abc12"), SearchTokenizer.queryTokens("ＡＢＣ１２"));
        assertEquals(List.of("临夏", "核桃", "2kg"), SearchTokenizer.queryTokens("临夏，核桃 2kg!"));
        assertEquals(List.of(), SearchTokenizer.queryTokens("  !?。，  "));
    }

    @Test
    void tokensAreCappedInLength() {
        String longWord = "a".repeat(200);
        assertTrue(SearchTokenizer.nameTokens(longWord).stream()
                .allMatch(t -> t.length() <= SearchTokenizer.MAX_TOKEN_LENGTH));
        assertEquals(SearchTokenizer.MAX_TOKEN_LENGTH, SearchTokenizer.queryTokens(longWord).get(0).length());
    }
}
