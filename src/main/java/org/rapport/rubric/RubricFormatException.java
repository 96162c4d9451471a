package org.rapport.rubric;

import java.nio.file.Path;

/** A rubric file that cannot be used, with the file, line (0 when unknown) and field at fault. */
public class RubricFormatException extends RuntimeException {

    private final Path file;
    private final int line;
    private final String field;

    public RubricFormatException(Path file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
