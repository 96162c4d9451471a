package org.rapport.judgement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.rapport.transcript.Csv;
import org.rapport.transcript.TranscriptFormatException;

/**
 * An authored, labelled data set of {@code rubrics/data/}: {@code #} comment lines with metadata
 * ({@code # dataset: ...}, {@code # author: ...}, {@code # licence: ...}), a header row, then rows
 * (RFC 4180 CSV). Every row keeps its line number so that a bad cell is reported where it is.
 */
public final class AuthoredCorpus {

    private final Path file;
    private final Map<String, String> metadata;
    private final List<String> header;
    private final List<Csv.Row> rows;
    private final String sha256;

    private AuthoredCorpus(Path file, Map<String, String> metadata, List<String> header, List<Csv.Row> rows, String sha256) {
        this.file = file;
        this.metadata = Collections.unmodifiableMap(metadata);
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.sha256 = sha256;
    }

    /** The CSV files in {@code dir} whose names start with {@code prefix}, in name order; none if it is not a folder. */
    public static List<Path> filesStartingWith(Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".csv");
            }).sorted().toList();
        }
    }

    /**
     * Reads a file and checks it has the columns a head needs.
     *
     * @throws IllegalArgumentException naming the file, line and column of the first problem
     */
    public static AuthoredCorpus read(Path file, List<String> requiredColumns) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        Map<String, String> metadata = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        int commentLines = 0;
        boolean inComments = true;
        for (String line : text.split("\n", -1)) {
            if (inComments && line.startsWith("#")) {
                commentLines++;
                String m = line.substring(1).strip();
                int colon = m.indexOf(':');
                if (colon > 0) metadata.putIfAbsent(m.substring(0, colon).strip(), m.substring(colon + 1).strip());
                body.append('\n'); // keep line numbers
                continue;
            }
            inComments = false;
            body.append(line).append('\n');
        }
        List<Csv.Row> records;
        try {
            records = Csv.parse(body.toString());
        } catch (TranscriptFormatException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        if (records.isEmpty()) throw new IllegalArgumentException(file + ": no header row after " + commentLines + " comment lines");
        Csv.Row head = records.get(0);
        List<String> header = head.cells().stream().map(String::strip).toList();
        for (String c : requiredColumns) {
            if (!header.contains(c)) {
                throw new IllegalArgumentException(file + ":" + head.line() + ": column '" + c + "' is missing (columns: " + header + ")");
            }
        }
        List<Csv.Row> rows = new ArrayList<>();
        for (Csv.Row r : records.subList(1, records.size())) {
            if (r.cells().stream().allMatch(String::isBlank)) continue;
            rows.add(r);
        }
        return new AuthoredCorpus(file, metadata, header, rows, Sha256.of(bytes));
    }

    public Path file() {
        return file;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    public int size() {
        return rows.size();
    }

    public String sha256() {
        return sha256;
    }

    /** The line a row starts on, for error messages. */
    public int line(int row) {
        return rows.get(row).line();
    }

    /** A cell; "" when the row is short. */
    public String get(int row, String column) {
        int c = header.indexOf(column);
        if (c < 0) throw new IllegalArgumentException(file + ": no column '" + column + "'");
        List<String> cells = rows.get(row).cells();
        return c < cells.size() ? cells.get(c).strip() : "";
    }

    /** A cell that must be one of the allowed values. */
    public String require(int row, String column, List<String> allowed) {
        String v = get(row, column);
        if (!allowed.contains(v)) {
            throw new IllegalArgumentException(file + ":" + line(row) + ": column '" + column + "' is '" + v + "', expected one of " + allowed);
        }
        return v;
    }

    /** A cell that must not be empty. */
    public String nonEmpty(int row, String column) {
        String v = get(row, column);
        if (v.isEmpty()) throw new IllegalArgumentException(file + ":" + line(row) + ": column '" + column + "' is empty");
        return v;
    }

    /** Provenance of this file as training data. */
    public Provenance.DataFile dataFile(String shownAs) {
        return new Provenance.DataFile(shownAs, sha256, rows.size());
    }
}
