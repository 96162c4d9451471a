package org.rapport.terminal;

import java.io.PrintWriter;

/**
 * Text that arrives in pieces (a language model's answer, token by token) printed wrapped between words,
 * as {@link TextWrap} wraps text that is whole: each word is printed once it is complete, on this line
 * when it fits, else on the next.
 */
public final class StreamWrap {

    private final PrintWriter out;
    private final int width;
    private final String rest;
    private final StringBuilder word = new StringBuilder();
    private int column;
    private boolean space;
    private boolean wordOnLine;

    /**
     * @param column where the cursor is (after a lead already printed, such as the client's name)
     * @param rest   what later lines start with
     */
    public StreamWrap(PrintWriter out, int width, int column, String rest) {
        this.out = out;
        this.width = width;
        this.rest = rest;
        this.column = column;
    }

    /** Prints what of {@code piece} completes a word; the rest waits for the next piece or {@link #finish}. */
    public void write(String piece) {
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (Character.isWhitespace(c)) {
                emit();
                space = wordOnLine;
            } else {
                word.append(c);
            }
        }
        out.flush();
    }

    /** Prints the last word. */
    public void finish() {
        emit();
        out.flush();
    }

    private void emit() {
        if (word.isEmpty()) return;
        int needed = (space ? 1 : 0) + word.length();
        if (wordOnLine && column + needed > width) {
            out.println();
            out.print(rest);
            column = rest.length();
            space = false;
        } else if (space) {
            out.print(' ');
            column++;
        }
        out.print(word);
        column += word.length();
        word.setLength(0);
        space = false;
        wordOnLine = true;
    }
}
