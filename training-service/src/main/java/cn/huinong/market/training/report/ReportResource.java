package cn.huinong.market.training.report;

import cn.huinong.market.common.csv.CsvWriter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/** What the report resources share: JSON, or a CSV download when the client asks for CSV before JSON. */
abstract class ReportResource {

    static final MediaType CSV = MediaType.valueOf("text/csv");

    /** JSON unless the client asks for CSV before JSON in its Accept header. */
    static Response respond(Object json, Supplier<List<? extends List<?>>> csvRows, List<String> csvHeader,
            String filename, HttpHeaders headers) {
        if (!wantsCsv(headers)) {
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(CsvWriter.write(csvHeader, csvRows.get()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"").build();
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (CSV.isCompatible(type) && !type.isWildcardType()) {
                return true;
            }
        }
        return false;
    }
}
