package cn.huinong.market.training.rest;

/** RFC 4180 CSV of an outcome report, one row per cell; suppressed counts are written as "<5". */
final class OutcomeCsv {

    private OutcomeCsv() {
    }

    static String of(OutcomeReport report) {
        StringBuilder csv = new StringBuilder("report,group_by,group_key,group_label,as_of,name,definition,window,"
                + "count,denominator,denominator_count,rate_percent,median_fen,suppressed\r\n");
        for (OutcomeReport.Group g : report.groups()) {
            for (OutcomeReport.Cell c : g.cells()) {
                csv.append(String.join(",", report.report(), report.groupBy(), quote(g.key()), quote(g.label()),
                        report.asOf().toString(), c.name(), quote(c.definition()), quote(c.window()),
                        cell(c.count(), report.suppressBelow()), c.denominator() == null ? "" : quote(c.denominator()),
                        c.denominator() == null ? "" : cell(c.denominatorCount(), report.suppressBelow()),
                        c.rate() == null ? "" : c.rate().toString(),
                        c.medianFen() == null ? "" : c.medianFen().toString(), Boolean.toString(c.suppressed())))
                        .append("\r\n");
            }
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
