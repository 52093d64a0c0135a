package cn.huinong.market.catalog.trace;

/** The GS1 mod-10 check digit shared by GTIN, GLN, SSCC, GSRN, GDTI… (GS1 General Specifications 7.9.1). */
public final class Gs1CheckDigit {

    private Gs1CheckDigit() {
    }

    /** The check digit for the digits given (all of the key except its last digit). */
    public static int of(String digitsWithoutCheck) {
        int sum = 0;
        boolean three = true;
        for (int i = digitsWithoutCheck.length() - 1; i >= 0; i--) {
            int d = digitsWithoutCheck.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit string: " + digitsWithoutCheck);
            }
            sum += three ? 3 * d : d;
            three = !three;
        }
        return (10 - sum % 10) % 10;
    }

    /** The digits given followed by their check digit. */
    public static String append(String digitsWithoutCheck) {
        return digitsWithoutCheck + of(digitsWithoutCheck);
    }

    /** Whether a complete key (check digit last) is all digits and its check digit is right. */
    public static boolean valid(String key) {
        if (key == null || key.length() < 2 || !key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return of(key.substring(0, key.length() - 1)) == key.charAt(key.length() - 1) - '0';
    }
}
