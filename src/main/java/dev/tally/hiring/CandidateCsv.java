package dev.tally.hiring;

import dev.tally.common.FieldError;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A file of candidates as spreadsheets export it (RFC 4180): UTF-8 with or without a byte order mark, a header row naming
 * the columns in any order and case, fields quoted when they hold commas, quotes or line breaks. Reading it checks only
 * the file's shape; each row's values are checked against {@link CandidateRules} like any other candidate.
 */
final class CandidateCsv {

    static final int MAX_ROWS = 1000;
    private static final List<String> COLUMNS = List.of("name", "email", "phone", "source", "link", "notes");
    private static final Set<String> REQUIRED = Set.of("name", "email");

    private CandidateCsv() {
    }

    /** A data row: its number counted from 1 after the header, and the candidate it describes; extra cells are an error. */
    record Row(int number, HiringRequests.CreateCandidate candidate, List<FieldError> shapeErrors) {
    }

    /** The file cannot be read as a table of candidates; answered 400 with the fault named. */
    static final class Unreadable extends RuntimeException {
        private final transient List<FieldError> errors;

        Unreadable(List<FieldError> errors) {
            super(errors.get(0).message(), null, false, false);
            this.errors = List.copyOf(errors);
        }

        List<FieldError> errors() {
            return errors;
        }
    }

    static List<Row> read(byte[] file, UUID openingId) {
        List<List<String>> records = records(decode(file));
        if (records.isEmpty()) {
            throw unreadable("body", "must start with a header row naming the columns, such as name,email");
        }
        Map<String, Integer> columns = header(records.get(0));
        if (records.size() - 1 > MAX_ROWS) {
            throw unreadable("body", "has " + (records.size() - 1) + " data rows; at most " + MAX_ROWS + " are imported at once");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue; // spreadsheets export trailing rows of empty cells
            }
            List<FieldError> shape = cells.size() > records.get(0).size()
                    ? List.of(new FieldError("row", "has " + cells.size() + " cells but the header names " + records.get(0).size() + " columns"))
                    : List.of();
            rows.add(new Row(i, new HiringRequests.CreateCandidate(openingId, cell(cells, columns, "name"), cell(cells, columns, "email"),
                    cell(cells, columns, "phone"), cell(cells, columns, "source"), cell(cells, columns, "link"),
                    cell(cells, columns, "notes")), shape));
        }
        return rows;
    }

    private static String decode(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw unreadable("body", "must be text encoded as UTF-8");
        }
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                errors.add(new FieldError(names.get(i).trim(), "is not a column of candidates; the columns are " + String.join(", ", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new FieldError(name, "is named twice in the header"));
            }
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !columns.containsKey(required)) {
                errors.add(new FieldError(required, "is a required column and the header lacks it"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Unreadable(errors);
        }
        return columns;
    }

    /** The cell's text as a value: a blank cell is no value, and a missing cell at the end of a short row is blank. */
    private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
        Integer at = columns.get(column);
        if (at == null || at >= cells.size() || cells.get(at).isBlank()) {
            return null;
        }
        return cells.get(at).trim();
    }

    /** Records split by RFC 4180: a quoted field may hold commas, doubled quotes and line breaks; blank lines are skipped. */
    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    field.append('\n'); // a line break inside a field is kept as one newline, whatever the file used
                    i++;
                    line++;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == '"' || wasQuoted && c != ',' && c != '\r' && c != '\n') {
                throw unreadable("body", "line " + line + ": a quote may only open or close a whole field; write a quote inside a quoted field as \"\"");
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, fields, field, wasQuoted);
                fields = new ArrayList<>();
                wasQuoted = false;
                line++;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw unreadable("body", "ends inside a quoted field: a closing quote is missing");
        }
        end(records, fields, field, wasQuoted);
        return records;
    }

    private static void end(List<List<String>> records, List<String> fields, StringBuilder field, boolean wasQuoted) {
        if (!fields.isEmpty() || !field.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            records.add(fields);
        }
        field.setLength(0);
    }

    private static Unreadable unreadable(String field, String message) {
        return new Unreadable(List.of(new FieldError(field, message)));
    }
}
