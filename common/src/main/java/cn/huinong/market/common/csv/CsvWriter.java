package cn.huinong.market.common.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the platform hands out (statements, reports, exports): RFC 4180 through Apache Commons CSV, so
 * quoting of commas, quotes and line breaks in names is right and lines end in CRLF as spreadsheet programs expect.
 * A byte-order mark is not written: the files are UTF-8 and consumers that need a BOM add it.
 */
public final class CsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvWriter() {
    }

    /** The header line followed by one line per row; {@code null} cells are written empty. */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header);
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
