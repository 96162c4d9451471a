package org.rapport.authoring;

import java.io.IOException;

/**
 * A file that cannot be read as text, said in an author's words: what is wrong and, when one applies,
 * the line where it starts ({@code 0} when the problem is the file as a whole, e.g. it does not exist).
 */
public class TextFileException extends IOException {

    private final int line;

    public TextFileException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** 1-based line of the first bad byte, or 0 when no line applies. */
    public int line() {
        return line;
    }
}
