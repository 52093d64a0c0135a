package cn.huinong.market.training.rest;

/** RFC 4180 CSV of a funnel; suppressed cells are written as "<5". */
final class FunnelCsv {

    private FunnelCsv() {
    }

    static String of(FunnelView view) {
        StringBuilder csv = new StringBuilder(
                "cohort_id,as_of,step,definition,window,count,denominator,denominator_count,rate_percent,suppressed\r\n");
        for (FunnelView.Step s : view.steps()) {
            csv.append(String.join(",", view.cohortId().toString(), view.asOf().toString(), s.step(),
                    quote(s.definition()), quote(s.window()), cell(s.count(), view.suppressBelow()),
                    s.denominator() == null ? "" : s.denominator(),
                    s.denominator() == null ? "" : cell(s.denominatorCount(), view.suppressBelow()),
                    s.rate() == null ? "" : s.rate().toString(), Boolean.toString(s.suppressed()))).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(Integer value, int suppressBelow) {
        return value == null ? "<" + suppressBelow : value.toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
