package cn.huinong.market.catalog.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts product texts and buyer queries into the tokens of the search index. Both sides use this one class, so a
 * query token matches exactly when the product text produced the same token.
 *
 * <ul>
 *   <li>Text is NFKC-normalized (full-width ＡＢＣ１２ becomes ABC12) and lower-cased.</li>
 *   <li>Chinese has no spaces, so a run of Han characters becomes overlapping bigrams: 清真牛肉干 → 清真 真牛 牛肉 肉干.
 *       A query's bigrams are ANDed, so 牛肉 finds 清真牛肉干 but not 牛奶. Names also index every single character
 *       (unigrams) so that a one-character query (枣) can match; a one-character query run is looked up as a
 *       unigram. Two Han runs separated only by spaces in an indexed text also give the bigram across the
 *       space (清真 牛肉 → 真牛), so a query typed without the space still matches.</li>
 *   <li>Any other letters or digits (Latin, pinyin, numbers, other scripts) form words, split at everything else.
 *       A word is indexed as itself and in a naive singular form (walnuts → walnut, berries → berry); names also
 *       index its prefixes from two letters, so "waln" finds "walnuts" while typing. Query words use the singular
 *       form.</li>
 * </ul>
 * Tokens never contain spaces or punctuation and are at most {@value #MAX_TOKEN_LENGTH} characters.
 */
public final class SearchTokenizer {

    public static final int MAX_TOKEN_LENGTH = 32;
    private static final int MIN_PREFIX = 2;

    private SearchTokenizer() {
    }

    /** The tokens of a name (product name in any language): unigrams, bigrams, words, singulars and prefixes. */
    public static Set<String> nameTokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        scan(text, tokens, true, true);
        return tokens;
    }

    /** The tokens of running text (descriptions, place names): bigrams (unigrams for lone Han chars), words. */
    public static Set<String> textTokens(String text) {
        Set<String> tokens = new LinkedHashSet<>();
        scan(text, tokens, false, false);
        return tokens;
    }

    /**
     * The tokens a buyer's query must all match: bigrams of each Han run (a one-character run as a unigram) and
     * the singular form of each word. Empty when the query has no letter, digit or Han character.
     */
    public static List<String> queryTokens(String query) {
        List<String> tokens = new ArrayList<>();
        if (query == null) {
            return tokens;
        }
        for (Run run : runs(normalize(query))) {
            if (run.han) {
                if (run.text.length() == 1) {
                    add(tokens, run.text);
                } else {
                    hanBigrams(run.text, tokens);
                }
            } else {
                add(tokens, singular(run.text));
            }
        }
        return List.copyOf(new LinkedHashSet<>(tokens));
    }

    private static void scan(String text, Set<String> tokens, boolean unigrams, boolean prefixes) {
        if (text == null || text.isBlank()) {
            return;
        }
        Run previous = null;
        for (Run run : runs(normalize(text))) {
            if (run.han) {
                if (unigrams || run.text.length() == 1) {
                    run.text.codePoints().forEach(c -> add(tokens, Character.toString(c)));
                }
                hanBigrams(run.text, tokens);
                if (previous != null && previous.han && previous.followedOnlyBySpace) {
                    add(tokens, lastCodePoint(previous.text) + firstCodePoint(run.text));
                }
            } else {
                add(tokens, run.text);
                add(tokens, singular(run.text));
                if (prefixes) {
                    int[] cps = run.text.codePoints().toArray();
                    for (int n = MIN_PREFIX; n < cps.length && n <= MAX_TOKEN_LENGTH; n++) {
                        add(tokens, new String(cps, 0, n));
                    }
                }
            }
            previous = run;
        }
    }

    private static void hanBigrams(String run, java.util.Collection<String> tokens) {
        int[] cps = run.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            add(tokens, new String(cps, i, 2));
        }
    }

    private static void add(java.util.Collection<String> tokens, String token) {
        if (token.isEmpty()) {
            return;
        }
        int cps = token.codePointCount(0, token.length());
        tokens.add(cps <= MAX_TOKEN_LENGTH ? token : token.substring(0, token.offsetByCodePoints(0, MAX_TOKEN_LENGTH)));
    }

    /** walnuts → walnut, berries → berry; leaves short words and -ss/-us/-is endings alone. */
    static String singular(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
                && Character.isLetter(word.charAt(n - 2))) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN && Character.isLetter(codePoint);
    }

    private static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK;
    }

    private static String firstCodePoint(String s) {
        return new String(Character.toChars(s.codePointAt(0)));
    }

    private static String lastCodePoint(String s) {
        return new String(Character.toChars(s.codePointBefore(s.length())));
    }

    private record Run(String text, boolean han, boolean followedOnlyBySpace) {
    }

    /** Splits text into maximal runs of Han characters and of other word characters; drops everything else. */
    private static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            boolean han = isHan(cp);
            if (!han && !isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = text.codePointAt(i);
                if (isHan(c) != han || (!han && !isWordChar(c))) {
                    break;
                }
                i += Character.charCount(c);
            }
            int end = i;
            int j = i;
            while (j < n && Character.isWhitespace(text.codePointAt(j))) {
                j += Character.charCount(text.codePointAt(j));
            }
            boolean onlySpace = j > end && j < n && isHan(text.codePointAt(j));
            runs.add(new Run(text.substring(start, end), han, onlySpace));
        }
        return runs;
    }
}
