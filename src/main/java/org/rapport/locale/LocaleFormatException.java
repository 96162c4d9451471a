package org.rapport.locale;

import java.nio.file.Path;

/** A locale file that cannot be used, naming the file, line (0 when unknown) and field at fault. */
public class LocaleFormatException extends RuntimeException {

    public LocaleFormatException(Path file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : ": " + field) + ": " + problem);
    }
}
