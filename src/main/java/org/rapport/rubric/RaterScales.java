package org.rapport.rubric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A programme's raters' reading of the engine's levels: for each criterion, the score those raters give,
 * on average, to a reply the engine scores 1, 2, 3, 4 or 5. Fitted by {@code calibrate --fit} and kept
 * as {@value #FILE} in a derived rubric's model folder; the engine applies it after scoring, so a
 * programme whose raters are stricter on empathy sees its own scale without retraining the detectors.
 *
 * @param levels criterion id to the programme's score for engine levels 1 to 5 (five entries)
 * @param notes  the file's {@code #} lines: what data, split and seed made it
 */
public record RaterScales(Map<String, List<Integer>> levels, List<String> notes) {

    public static final String FILE = "rater-scales.csv";
    public static final RaterScales NONE = new RaterScales(Map.of(), List.of());
    private static final String HEADER = "criterion,engine,programme,rows";

    public RaterScales {
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        levels.forEach((criterion, mapped) -> {
            if (mapped.size() != 5) throw new IllegalArgumentException(criterion + ": a scale needs 5 levels, got " + mapped.size());
            for (int s : mapped) if (s < 1 || s > 5) throw new IllegalArgumentException(criterion + ": level " + s + " is off the 1-5 scale");
            copy.put(criterion, List.copyOf(mapped));
        });
        levels = Collections.unmodifiableMap(copy);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return levels.isEmpty();
    }

    /** The programme's score for an engine score (null stays null: the criterion did not apply). */
    public Integer apply(String criterion, Integer engineScore) {
        List<Integer> mapped = levels.get(criterion);
        if (mapped == null || engineScore == null) return engineScore;
        return mapped.get(engineScore - 1);
    }

    /** The scales of a model folder, or {@link #NONE} when it has none. */
    public static RaterScales in(Path modelFolder) {
        Path file = modelFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) return NONE;
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static RaterScales parse(String text, Path file) {
        Map<String, Integer[]> read = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        boolean header = false;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) continue;
            if (line.startsWith("#")) {
                notes.add(line.substring(1).strip());
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) throw new RubricFormatException(file, n + 1, "header", "expected '" + HEADER + "'");
                header = true;
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 4) throw new RubricFormatException(file, n + 1, "row", "expected 4 cells, found " + cells.length);
            int engine = level(cells[1], file, n + 1, "engine"), programme = level(cells[2], file, n + 1, "programme");
            Integer[] mapped = read.computeIfAbsent(cells[0].strip(), k -> new Integer[5]);
            if (mapped[engine - 1] != null) throw new RubricFormatException(file, n + 1, "engine", "level " + engine + " of " + cells[0] + " given twice");
            mapped[engine - 1] = programme;
        }
        Map<String, List<Integer>> levels = new LinkedHashMap<>();
        read.forEach((criterion, mapped) -> {
            for (int s = 0; s < 5; s++) {
                if (mapped[s] == null) throw new RubricFormatException(file, 0, criterion, "engine level " + (s + 1) + " has no row");
            }
            levels.put(criterion, List.of(mapped));
        });
        return new RaterScales(levels, notes);
    }

    private static int level(String cell, Path file, int line, String field) {
        try {
            int v = Integer.parseInt(cell.strip());
            if (v >= 1 && v <= 5) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RubricFormatException(file, line, field, "'" + cell + "' is not a score from 1 to 5");
    }

    /** The file's text; {@code rows} gives, per criterion, how many training rows each engine level had. */
    public String format(Map<String, int[]> rows) {
        StringBuilder s = new StringBuilder();
        for (String note : notes) s.append("# ").append(note).append('\n');
        s.append(HEADER).append('\n');
        levels.forEach((criterion, mapped) -> {
            int[] counts = rows.getOrDefault(criterion, new int[5]);
            for (int e = 1; e <= 5; e++) {
                s.append(String.format(Locale.ROOT, "%s,%d,%d,%d%n", criterion, e, mapped.get(e - 1), counts[e - 1]));
            }
        });
        return s.toString();
    }

    /**
     * Fits one criterion's scale: the raters' mean score per engine level, made non-decreasing by
     * pooling adjacent levels (isotonic regression, weighted by rows), rounded to whole scores. A level
     * with no rows keeps the engine's own score, moved only as far as the fitted levels around it force.
     *
     * @param pairs engine score and rater score of each training row
     */
    public static List<Integer> fit(List<int[]> pairs) {
        double[] sum = new double[5];
        int[] count = new int[5];
        for (int[] p : pairs) {
            sum[p[0] - 1] += p[1];
            count[p[0] - 1]++;
        }
        List<double[]> blocks = new ArrayList<>(); // {mean, weight, first level, last level}
        for (int s = 0; s < 5; s++) {
            if (count[s] == 0) continue;
            blocks.add(new double[] {sum[s] / count[s], count[s], s, s});
            while (blocks.size() > 1 && blocks.get(blocks.size() - 2)[0] > blocks.get(blocks.size() - 1)[0]) {
                double[] b = blocks.remove(blocks.size() - 1), a = blocks.remove(blocks.size() - 1);
                double w = a[1] + b[1];
                blocks.add(new double[] {(a[0] * a[1] + b[0] * b[1]) / w, w, a[2], b[3]});
            }
        }
        Double[] fitted = new Double[5];
        for (double[] b : blocks) for (int s = (int) b[2]; s <= (int) b[3]; s++) fitted[s] = b[0];
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            double v;
            if (fitted[s] != null) {
                v = fitted[s];
            } else {
                double low = 1, high = 5;
                for (int t = 0; t < s; t++) if (fitted[t] != null) low = Math.max(low, fitted[t]);
                for (int t = s + 1; t < 5; t++) if (fitted[t] != null) high = Math.min(high, fitted[t]);
                v = Math.max(low, Math.min(high, s + 1));
            }
            out.add((int) Math.max(1, Math.min(5, Math.round(v))));
        }
        return out;
    }
}
