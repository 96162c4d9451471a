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
import org.springframework.shell.jline.JLineInputReader;

/**
 * The trainee's lines in conversation mode. In the interactive shell they come from the shell's line
 * reader (with its editing and history); Ctrl-D or Ctrl-C ends the input and leaves the session saved.
 * When the lines do not come from a terminal (replies piped into a one-shot command, or a reader that
 * cannot read at all, when standard input is used) each line is echoed after the prompt, so that the
 * output still reads as a conversation.
 */
final class TerminalLines implements Conversation.LineSource {

    private final InputReader reader;
    private final InputStream fallback;
    private final PrintWriter out;
    private final boolean echo;
    private BufferedReader stdin;

    TerminalLines(InputReader reader, InputStream fallback, PrintWriter out) {
        this.reader = reader;
        this.fallback = fallback;
        this.out = out;
        this.echo = !(reader instanceof JLineInputReader) && System.console() == null;
    }

    @Override
    public String read(String prompt) throws Exception {
        if (stdin == null) {
            try {
                String line = reader.readInput(prompt);
                if (echo && line != null) {
                    out.println(prompt + line);
                    out.flush();
                }
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
