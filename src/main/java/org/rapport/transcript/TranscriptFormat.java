package org.rapport.transcript;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The three transcript file formats, chosen by file extension. */
public enum TranscriptFormat {
    /** {@code {"id": "...", "turns": [{"speaker": "client", "text": "..."}]}}, one object or an array. */
    JSON("json"),
    /** One {@code Client:} / {@code Trainee:} labelled utterance per line. */
    TEXT("txt"),
    /** A header row with transcript_id, speaker and text columns (AnnoMI column names accepted). */
    CSV("csv");

    private final String extension;

    TranscriptFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file's extension names, or empty for any other file (which folder walks skip). */
    public static Optional<TranscriptFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) return Optional.empty();
        String n = name.toString().toLowerCase(Locale.ROOT);
        for (TranscriptFormat f : values()) {
            if (n.endsWith("." + f.extension)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** Parses a format name as typed on the command line: json, txt/text, csv. */
    public static TranscriptFormat parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (TranscriptFormat f : values()) {
            if (n.equals(f.extension) || n.equals(f.name().toLowerCase(Locale.ROOT))) return f;
        }
        throw new IllegalArgumentException("unknown transcript format '" + name + "' (expected json, text or csv)");
    }
}
