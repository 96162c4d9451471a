package org.rapport.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of text cells laid out in columns two spaces apart, for reports read in a terminal or printed:
 * optionally a rule under the header, an indent, and figures aligned to the right.
 */
public final class TextTable {

    private final List<List<String>> rows;
    private boolean rule;
    private boolean figuresRight;
    private String indent = "";

    private TextTable(List<List<String>> rows) {
        if (rows.isEmpty()) throw new IllegalArgumentException("a table needs at least a header row");
        this.rows = rows;
    }

    /** The first row is the header; every row has as many cells as the header. */
    public static TextTable of(List<List<String>> rows) {
        return new TextTable(rows);
    }

    /** A line of dashes under the header. */
    public TextTable withRule() {
        rule = true;
        return this;
    }

    /** Every column but the first aligned to the right, as figures are. */
    public TextTable figuresRight() {
        figuresRight = true;
        return this;
    }

    public TextTable indented(String indent) {
        this.indent = indent;
        return this;
    }

    /** The table, each line ending in a line break, no trailing spaces. */
    public String render() {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) widths[c] = Math.max(widths[c], row.get(c).length());
        }
        List<List<String>> lines = new ArrayList<>(rows);
        if (rule) {
            List<String> dashes = new ArrayList<>();
            for (int width : widths) dashes.add("-".repeat(width));
            lines.add(1, dashes);
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : lines) {
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < columns; c++) {
                if (c > 0) line.append("  ");
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(figuresRight && c > 0 ? pad + cell : cell + pad);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
