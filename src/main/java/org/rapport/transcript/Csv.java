package org.rapport.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 defines them: fields in double quotes may hold commas, quotes
 * (doubled) and line breaks. Each record remembers the line it starts on, so errors can name it.
 */
public final class Csv {

    /** One record of a CSV file and the (1-based) line it starts on. */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    private Csv() {
    }

    /** Header cells, trimmed and lower-cased, to their position; the first of two same-named columns wins. */
    public static java.util.Map<String, Integer> columnIndex(List<String> header) {
        java.util.Map<String, Integer> columns = new java.util.LinkedHashMap<>();
        for (int k = 0; k < header.size(); k++) {
            columns.putIfAbsent(header.get(k).strip().toLowerCase(java.util.Locale.ROOT), k);
        }
        return columns;
    }

    /**
     * Splits CSV text into records. Blank lines between records are skipped; a leading byte-order
     * mark (spreadsheets write one) is ignored.
     *
     * @throws TranscriptFormatException for an unterminated quoted field or text after a closing quote
     */
    public static List<Row> parse(String text) throws TranscriptFormatException {
        List<Row> rows = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        int line = 1;
        while (i < n) {
            // skip blank lines
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                line++;
                continue;
            }
            int recordLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i < n && text.charAt(i) == '"') {
                    int quoteLine = line;
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char q = text.charAt(i);
                        if (q == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                cell.append('"');
                                i += 2;
                            } else {
                                i++;
                                closed = true;
                                break;
                            }
                        } else {
                            if (q == '\n' || (q == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) line++;
                            cell.append(q);
                            i++;
                        }
                    }
                    if (!closed) {
                        throw new TranscriptFormatException(quoteLine, "quoted field opened on line " + quoteLine
                                + " is never closed");
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        throw new TranscriptFormatException(line,
                                "unexpected text after a closing quote (a quote inside a field must be doubled)");
                    }
                } else {
                    while (i < n) {
                        char u = text.charAt(i);
                        if (u == ',' || u == '\n' || u == '\r') break;
                        cell.append(u);
                        i++;
                    }
                }
                cells.add(cell.toString());
                cell.setLength(0);
                if (i >= n) {
                    endOfRecord = true;
                } else if (text.charAt(i) == ',') {
                    i++;
                } else {
                    i += (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                    line++;
                    endOfRecord = true;
                }
            }
            rows.add(new Row(recordLine, cells));
        }
        return rows;
    }

    /** A field as RFC 4180 writes it: quoted when it holds a comma, quote, line break or edge spaces. */
    public static String field(String value) {
        if (value == null) return "";
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || (!value.isEmpty()
                        && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** A record as one line (CRLF-terminated, as RFC 4180 asks). */
    public static String row(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < values.size(); k++) {
            if (k > 0) sb.append(',');
            sb.append(field(values.get(k)));
        }
        return sb.append("\r\n").toString();
    }

    /**
     * A cell for a spreadsheet that will be opened by people: text that a spreadsheet would run as a
     * formula (starting with =, +, -, @) is prefixed with an apostrophe. Only for untrusted text in
     * reports, never for transcript exports, which must read back unchanged.
     */
    public static String spreadsheetSafe(String value) {
        if (value == null || value.isEmpty()) return value;
        char c = value.charAt(0);
        return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') ? "'" + value : value;
    }
}
