package org.rapport.rubric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV file with a header row (RFC 4180 quoting, fields may span lines), read as rows of named cells. */
final class CsvRows {

    private final List<String> header;
    private final List<List<String>> rows;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvRows(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
        for (int i = 0; i < header.size(); i++) index.put(header.get(i).strip().toLowerCase(java.util.Locale.ROOT), i);
    }

    static CsvRows read(Path file) throws IOException {
        List<List<String>> records = parse(Files.readString(file));
        if (records.isEmpty()) throw new IOException(file + ": empty CSV file");
        return new CsvRows(records.get(0), records.subList(1, records.size()));
    }

    int size() {
        return rows.size();
    }

    /** The cell of a column in row i ("" when the column or cell is missing). */
    String get(int i, String column) {
        Integer c = index.get(column);
        if (c == null) throw new IllegalArgumentException("no column '" + column + "' (columns: " + header + ")");
        List<String> row = rows.get(i);
        return c < row.size() ? row.get(c) : "";
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        if (text.startsWith("\uFEFF")) i = 1;
        for (; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                record.add(cell.toString());
                cell.setLength(0);
                if (!(record.size() == 1 && record.get(0).isEmpty())) records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
