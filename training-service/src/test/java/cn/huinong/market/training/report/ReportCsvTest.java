package cn.huinong.market.training.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.csv.CsvWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The report CSVs, byte for byte: RFC 4180 quoting only where needed, CRLF line ends, withheld counts as "<5". */
class ReportCsvTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Test
    void anOutcomeReportIsOneRowPerCellQuotedWhereTheTextNeedsIt() {
        OutcomeReport report = new OutcomeReport("funnel", "cohort", AS_OF, 5, "participations", List.of(
                new OutcomeReport.Group("c1", "临夏县\"一班\", 2026", List.of(
                        new OutcomeReport.Cell("applied", "entered a cohort", "by the end of 2026-06-30", 12, null,
                                null, null, null, false),
                        new OutcomeReport.Cell("enrolled", "reached ENROLLED", "by the end of 2026-06-30", null,
                                "applied", 12, null, null, true),
                        new OutcomeReport.Cell("median_earnings_q2", "median, in fen", "quarter 2 after exit", 6,
                                "employed in quarter 2 after exit", 6, null, 861000L, false)))));
        assertEquals("report,group_by,group_key,group_label,as_of,name,definition,window,count,denominator,"
                + "denominator_count,rate_percent,median_fen,suppressed\r\n"
                + "funnel,cohort,c1,\"临夏县\"\"一班\"\", 2026\",2026-06-30,applied,entered a cohort,"
                + "by the end of 2026-06-30,12,,,,,false\r\n"
                + "funnel,cohort,c1,\"临夏县\"\"一班\"\", 2026\",2026-06-30,enrolled,reached ENROLLED,"
                + "by the end of 2026-06-30,<5,applied,12,,,true\r\n"
                + "funnel,cohort,c1,\"临夏县\"\"一班\"\", 2026\",2026-06-30,median_earnings_q2,\"median, in fen\","
                + "quarter 2 after exit,6,employed in quarter 2 after exit,6,,861000,false\r\n",
                CsvWriter.write(OutcomeReportResource.CSV_HEADER, OutcomeReportResource.csvRows(report)));
    }

    @Test
    void aCohortFunnelIsOneRowPerStep() {
        UUID cohort = UUID.fromString("30000000-0000-4000-8000-000000000001");
        FunnelView view = new FunnelView(cohort, "A 班", AS_OF, 5, "trainees", List.of(
                new FunnelView.Step("applied", "entered the cohort (APPLIED)", "by the end of 2026-06-30", 8, null,
                        null, null, false),
                new FunnelView.Step("employed", "in a placement (started on or before, not ended before)",
                        "on 2026-06-30", null, "completed", 6, null, true)));
        assertEquals("cohort_id,as_of,step,definition,window,count,denominator,denominator_count,rate_percent,"
                + "suppressed\r\n"
                + cohort + ",2026-06-30,applied,entered the cohort (APPLIED),by the end of 2026-06-30,8,,,,false\r\n"
                + cohort + ",2026-06-30,employed,\"in a placement (started on or before, not ended before)\","
                + "on 2026-06-30,<5,completed,6,,true\r\n",
                CsvWriter.write(FunnelResource.CSV_HEADER, FunnelResource.csvRows(view)));
    }
}
