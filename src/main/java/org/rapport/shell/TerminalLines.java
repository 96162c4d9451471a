package org.rapport.shell;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.rapport.session.Conversation;
import org.springframework.shell.core.InputReader;

/**
 * The trainee's lines in conversation mode. In the interactive shell they come from the shell's line
 * reader (with its editing and history); Ctrl-D or Ctrl-C ends the input and leaves the session saved.
 * A one-shot command has no line reader, so lines come from standard input and are echoed after the
 * prompt, so that output piped from a file still reads as a conversation.
 */
final class TerminalLines implements Conversation.LineSource {

    private final InputReader reader;
    private final InputStream fallback;
    private final PrintWriter out;
    private BufferedReader stdin;

    TerminalLines(InputReader reader, InputStream fallback, PrintWriter out) {
        this.reader = reader;
        this.fallback = fallback;
        this.out = out;
    }

    @Override
    public String read(String prompt) throws Exception {
        if (stdin == null) {
            try {
                String line = reader.readInput(prompt);
                return line;
            } catch (UnsupportedOperationException noLineReader) {
                stdin = new BufferedReader(new InputStreamReader(fallback, StandardCharsets.UTF_8));
            } catch (EndOfFileException | UserInterruptException closed) {
                return null;
            }
        }
        out.print(prompt);
        String line = stdin.readLine();
        out.println(line == null ? "" : line);
        out.flush();
        return line;
    }
}
