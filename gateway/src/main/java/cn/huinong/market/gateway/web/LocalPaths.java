package cn.huinong.market.gateway.web;

/** Where a page may send the reader back to: only a path on this site, never another site (open redirect). */
public final class LocalPaths {

    private LocalPaths() {
    }

    public static String orHome(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return path;
    }
}
