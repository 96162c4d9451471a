package org.rapport.rubric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rapport.transcript.Csv;
import org.rapport.transcript.TranscriptFormatException;

/** A CSV file with a header row (RFC 4180 quoting, fields may span lines), read as rows of named cells. */
final class CsvRows {

    private final List<String> header;
    private final List<List<String>> rows;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvRows(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
        index.putAll(Csv.columnIndex(header));
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

    /** Records as lists of cells, header first; the transcript readers' RFC 4180 parser does the work. */
    static List<List<String>> parse(String text) throws IOException {
        try {
            return Csv.parse(text).stream().map(Csv.Row::cells).toList();
        } catch (TranscriptFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
