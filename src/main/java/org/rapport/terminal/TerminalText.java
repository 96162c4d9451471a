package org.rapport.terminal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text made safe to print on a terminal. A transcript, a name or a language model's answer may carry
 * control characters: ESC starts sequences that clear the screen, set the window title, write to the
 * clipboard (OSC 52) or hide text, and a lone carriage return overwrites what was printed. Each such
 * character is shown visibly instead, in caret notation ({@code ^[} for ESC, {@code ^G} for BEL), or
 * as {@code <U+202E>} for the C1 controls and the bidirectional overrides that reorder what is seen.
 * Line feeds, tabs and CR LF line ends pass unchanged.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** The text with every control character shown visibly; null stays null. */
    public static String safe(String text) {
        if (text == null) return null;
        int i = 0;
        while (i < text.length() && !needsCare(text.charAt(i))) i++;
        if (i == text.length()) return text;
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') out.append(c);
            else show(out, c);
        }
        return out.toString();
    }

    /** A writer passing everything through {@link #safe}, a character at a time (for streamed answers). */
    public static PrintWriter writer(Writer out) {
        return new PrintWriter(new Filter(out), true);
    }

    private static boolean needsCare(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    private static void show(StringBuilder out, char c) {
        if (!needsCare(c)) {
            out.append(c);
        } else if (c < 0x20) {
            out.append('^').append((char) (c + 64));
        } else if (c == 0x7f) {
            out.append("^?");
        } else {
            out.append(String.format("<U+%04X>", (int) c));
        }
    }

    /** Holds a carriage return until the next character says whether it ends a line. */
    private static final class Filter extends FilterWriter {

        private boolean pendingReturn;

        Filter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            write(s.toCharArray(), off, len);
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            StringBuilder text = new StringBuilder(len + 8);
            for (int i = off; i < off + len; i++) {
                char c = buf[i];
                if (pendingReturn) {
                    pendingReturn = false;
                    if (c == '\n') {
                        text.append("\r\n");
                        continue;
                    }
                    text.append("^M");
                }
                if (c == '\r') pendingReturn = true;
                else show(text, c);
            }
            out.write(text.toString());
        }

        @Override
        public void close() throws IOException {
            if (pendingReturn) out.write("^M");
            pendingReturn = false;
            super.close();
        }
    }
}
