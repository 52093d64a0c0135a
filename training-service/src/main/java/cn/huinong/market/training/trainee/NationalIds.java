package cn.huinong.market.training.trainee;

/** Checks and masks the 18-character resident identity number (GB 11643-1999, with its ISO 7064 check digit). */
public final class NationalIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private NationalIds() {
    }

    public static String normalise(String id) {
        return id == null ? null : id.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String id) {
        if (id == null || !id.matches("\\d{17}[\\dX]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == id.charAt(17);
    }

    /** First 3 and last 4 characters; the rest starred. */
    public static String mask(String id) {
        return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
    }
}
