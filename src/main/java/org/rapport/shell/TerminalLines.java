package org.rapport.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.rapport.session.Conversation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.jline.JLineInputReader;

/**
 * The trainee's lines in conversation mode, wherever they come from.
 * <ul>
 * <li>A terminal (the interactive shell, or {@code rapport start ID} typed at the operating system's
 * prompt): a {@link ReplyLineReader} on that terminal, with line editing and every line verbatim.
 * <li>No terminal (replies piped into a one-shot command, or a reader given by a caller): lines from
 * the reader, or from standard input when the reader cannot read, each echoed after the prompt so that
 * the output still reads as a conversation. End of input or Ctrl-C ends the input; the session stays
 * saved.
 * </ul>
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

    /** Reads the replies of one conversation, then gives the terminal back. */
    interface Replies extends Conversation.LineSource, AutoCloseable {
        @Override
        void close();
    }

    /**
     * The source of replies for a conversation started from {@code reader}: the shell's terminal when the
     * shell reads from one, the process's own terminal when a one-shot command runs at a terminal,
     * otherwise the reader (or standard input) as it is.
     */
    static Replies open(InputReader reader, ObjectProvider<Terminal> shellTerminal, PrintWriter out) {
        if (reader instanceof JLineInputReader) {
            Terminal terminal = shellTerminal.getIfAvailable();
            if (terminal != null) return wrap(new ReplyLineReader(terminal, out), null);
        } else if (System.console() != null && isStandardInputReader(reader)) {
            Terminal terminal;
            try {
                terminal = TerminalBuilder.builder().system(true).build();
            } catch (IOException | RuntimeException e) {
                terminal = null;
            }
            if (terminal != null && !Terminal.TYPE_DUMB.equals(terminal.getType())
                    && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
                return wrap(new ReplyLineReader(terminal, out), terminal);
            }
            closeQuietly(terminal);
        }
        TerminalLines lines = new TerminalLines(reader, System.in, out);
        return new Replies() {
            @Override
            public String read(String prompt) throws Exception {
                return lines.read(prompt);
            }

            @Override
            public void close() {
            }
        };
    }

    private static boolean isStandardInputReader(InputReader reader) {
        return reader instanceof ShellConfiguration.StandardInputReader;
    }

    private static Replies wrap(ReplyLineReader replies, Terminal owned) {
        return new Replies() {
            @Override
            public String read(String prompt) {
                return replies.read(prompt);
            }

            @Override
            public void close() {
                replies.close();
                closeQuietly(owned);
            }
        };
    }

    private static void closeQuietly(Terminal terminal) {
        if (terminal == null) return;
        try {
            terminal.close();
        } catch (IOException ignored) {
            // the process is about to end: nothing to restore
        }
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
