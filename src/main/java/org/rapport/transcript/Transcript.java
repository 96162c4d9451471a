package org.rapport.transcript;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A conversation between a trainee and a client, as read from a file or recorded by a session.
 * {@code locale} is where the simulated client lives (a locale id such as {@code en-GB}), when the
 * transcript says; null leaves it to the grader's default. {@code line} is where it begins in its file
 * (null when it was not read from one).
 */
public record Transcript(String id, String source, List<Turn> turns, String locale, Integer line) {

    private static final Pattern TRAINEE_PREFIX = Pattern.compile("^([^-_.\\s/]+)[-_.\\s/].*");

    public Transcript {
        turns = List.copyOf(turns);
        locale = locale == null || locale.isBlank() ? null : locale.strip();
    }

    public Transcript(String id, String source, List<Turn> turns, String locale) {
        this(id, source, turns, locale, null);
    }

    public Transcript(String id, String source, List<Turn> turns) {
        this(id, source, turns, null, null);
    }

    /** The trainee a transcript belongs to by its id: the part before the first - _ . / or space. */
    public static String traineeOf(String transcriptId) {
        var m = TRAINEE_PREFIX.matcher(transcriptId);
        return m.matches() ? m.group(1) : transcriptId;
    }
}
