package org.rapport.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapport.rubric.Behavior;
import org.rapport.rubric.BoundaryKind;
import org.rapport.transcript.Csv;
import org.rapport.transcript.InputError;
import org.rapport.transcript.TranscriptFormatException;

/**
 * Reads a calibration file: a CSV of human ratings with a header naming {@code reply} (required),
 * {@code client}, {@code item_id}, {@code rater}, {@code boundary}, {@code behavior} (optional) and one
 * column per rubric criterion (1–5, blank when the rater did not score it). Other columns are ignored.
 * A bad row is reported by line and column and left out; the rest are kept.
 */
public final class HumanRatings {

    /** The rows that could be read and the problems with the others. */
    public record Result(List<HumanRating> ratings, List<InputError> errors) {

        public Result {
            ratings = List.copyOf(ratings);
            errors = List.copyOf(errors);
        }
    }

    private HumanRatings() {
    }

    public static Result read(Path file, List<String> criterionIds) {
        String source = file.toString();
        String text;
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return new Result(List.of(), List.of(new InputError(source, null,
                    "not a regular file (a pipe, device or socket): give a file of ratings")));
        }
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Result(List.of(), List.of(new InputError(source, null, Files.exists(file)
                    ? "cannot read: " + e.getMessage() : "no such file")));
        }
        try {
            return parse(text, source, criterionIds);
        } catch (TranscriptFormatException e) {
            return new Result(List.of(), List.of(new InputError(source, e.line(), e.field(), e.getMessage())));
        }
    }

    static Result parse(String text, String source, List<String> criterionIds) throws TranscriptFormatException {
        List<Csv.Row> rows = Csv.parse(text);
        if (rows.isEmpty()) throw new TranscriptFormatException(null, "the file is empty");
        Csv.Row header = rows.get(0);
        Map<String, Integer> columns = Csv.columnIndex(header.cells());
        if (!columns.containsKey("reply")) {
            throw new TranscriptFormatException(header.line(), "header lacks the 'reply' column; found "
                    + String.join(", ", header.cells()));
        }
        List<String> rated = criterionIds.stream().filter(columns::containsKey).toList();
        if (rated.isEmpty() && !columns.containsKey("behavior")) {
            throw new TranscriptFormatException(header.line(), "header has no rating column: expected one or more of "
                    + String.join(", ", criterionIds) + " or behavior");
        }
        List<HumanRating> ratings = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.cells().size() != header.cells().size()) {
                errors.add(new InputError(source, row.line(), "row has " + row.cells().size()
                        + " fields but the header has " + header.cells().size()));
                continue;
            }
            try {
                ratings.add(rating(row, columns, rated));
            } catch (CellProblem e) {
                errors.add(new InputError(source, row.line(), e.column, e.getMessage()));
            }
        }
        if (ratings.isEmpty() && errors.isEmpty()) {
            throw new TranscriptFormatException(header.line(), "the file has a header but no ratings");
        }
        return new Result(ratings, errors);
    }

    private static HumanRating rating(Csv.Row row, Map<String, Integer> columns, List<String> rated) {
        String reply = cell(row, columns, "reply");
        if (reply == null) throw new CellProblem("reply", "column 'reply' is empty");
        BoundaryKind boundary = null;
        String b = cell(row, columns, "boundary");
        if (b != null) {
            try {
                boundary = BoundaryKind.parse(b);
            } catch (IllegalArgumentException e) {
                throw new CellProblem("boundary", "column 'boundary': unknown boundary '" + b + "'");
            }
        }
        Behavior behavior = null;
        String code = cell(row, columns, "behavior");
        if (code != null) {
            try {
                behavior = Behavior.parse(code);
            } catch (IllegalArgumentException e) {
                throw new CellProblem("behavior", "column 'behavior': '" + code
                        + "' is not question, reflection, input or other");
            }
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String criterion : rated) {
            String v = cell(row, columns, criterion);
            if (v == null) continue;
            int score;
            try {
                score = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new CellProblem(criterion, "column '" + criterion + "': '" + v + "' is not a score from 1 to 5");
            }
            if (score < 1 || score > 5) {
                throw new CellProblem(criterion, "column '" + criterion + "': " + score + " is outside 1 to 5");
            }
            scores.put(criterion, score);
        }
        if (scores.isEmpty() && behavior == null) throw new CellProblem(null, "the row rates nothing");
        String client = cell(row, columns, "client");
        return new HumanRating(row.line(), cell(row, columns, "item_id"), cell(row, columns, "rater"),
                client == null ? "" : client, reply, boundary, behavior, scores);
    }

    /** The stripped cell of a named column, or null when the column is absent or the cell blank. */
    private static String cell(Csv.Row row, Map<String, Integer> columns, String name) {
        Integer k = columns.get(name);
        if (k == null) return null;
        String v = row.cells().get(k).strip();
        return v.isEmpty() ? null : v;
    }

    /** A row that cannot be used, with the column at fault (null when no one column is). */
    private static final class CellProblem extends RuntimeException {
        private final String column;

        CellProblem(String column, String message) {
            super(message);
            this.column = column;
        }
    }
}
