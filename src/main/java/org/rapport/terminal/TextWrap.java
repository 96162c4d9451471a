package org.rapport.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * Prose wrapped at word boundaries for a terminal or a text report, so that a line never breaks inside a
 * word at the terminal's edge. Line breaks and runs of spaces in the text count as one space; a word too
 * long for a line of its own (a path, a URL) is cut at the edge rather than left to overflow.
 */
public final class TextWrap {

    /** The width used when the terminal's is unknown (output to a file or a pipe). */
    public static final int DEFAULT_WIDTH = 100;

    /** Text shown inside double quotes: its own double quotes become single ones, so the quotation still reads as one. */
    public static String quoted(String text) {
        return "\"" + text.replace('"', '\'').replace('\u201c', '\'').replace('\u201d', '\'') + "\"";
    }
    /** Narrower than this, wrapping would leave a word or two per line: the text is left to the terminal. */
    private static final int NARROWEST = 40;

    private TextWrap() {
    }

    /**
     * The lines of {@code text}, each at most {@code width} columns: the first after {@code first}, the
     * others after {@code rest}. Empty text gives the one line {@code first}, without trailing spaces.
     */
    public static List<String> lines(String text, int width, String first, String rest) {
        List<String> lines = new ArrayList<>();
        String words = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        if (words.isEmpty()) {
            lines.add(first.stripTrailing());
            return lines;
        }
        String lead = first;
        while (!words.isEmpty()) {
            int room = Math.max(NARROWEST - lead.length(), width - lead.length());
            int cut;
            if (words.length() <= room) cut = words.length();
            else {
                cut = words.lastIndexOf(' ', room);
                if (cut <= 0) cut = room;
            }
            lines.add(lead + words.substring(0, cut).stripTrailing());
            words = words.substring(cut).stripLeading();
            lead = rest;
        }
        return lines;
    }

    /** {@link #lines} joined, each line ending in a newline. */
    public static String wrap(String text, int width, String first, String rest) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(text, width, first, rest)) out.append(line).append('\n');
        return out.toString();
    }

    /** A hanging indent as wide as {@code lead}. */
    public static String hang(String lead) {
        return " ".repeat(lead.length());
    }
}
