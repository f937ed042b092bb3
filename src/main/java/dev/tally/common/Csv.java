package dev.tally.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV for spreadsheets: fields with commas, quotes or line breaks are quoted, quotes doubled, lines end in CRLF,
 * and the document starts with a byte-order mark so that spreadsheet programs read it as UTF-8.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);

    public Csv row(List<?> fields) {
        text.append(fields.stream().map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double number ? String.format(java.util.Locale.ROOT, "%.4f", number) : value.toString();
        // A cell a spreadsheet would run as a formula is kept as text (CSV injection).
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
