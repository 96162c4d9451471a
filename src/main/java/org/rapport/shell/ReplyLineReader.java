package org.rapport.shell;

import java.io.PrintWriter;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.Expander;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.rapport.session.Conversation;

/**
 * The trainee's replies, read from a terminal with line editing (arrows, Home/End, Ctrl-L, Up for an
 * earlier reply) but none of the command shell's rules: a line is taken exactly as typed, so an
 * apostrophe, a double quote, a backslash or an exclamation mark is just part of the reply. Reply
 * history lives in memory for this process only, apart from the command history: the replies themselves
 * are already saved with the session.
 * <p>
 * Ctrl-C never leaves the conversation: it clears the line (Up brings it back) and says how to finish
 * or pause. While the client answers, Ctrl-C is ignored, so that a reply being scored is never cut off.
 */
final class ReplyLineReader implements Conversation.LineSource, AutoCloseable {

    // Each fits 80 columns: a wrapped notice breaks mid-word.
    static final String INTERRUPTED = "  (Ctrl-C: the conversation goes on. /end ends with a report; Ctrl-D pauses.)";
    static final String INTERRUPTED_LINE = "  (Ctrl-C: that line was not sent, Up brings it back. /end ends, Ctrl-D pauses)";

    private final Terminal terminal;
    private final LineReader reader;
    private final PrintWriter out;
    private final Terminal.SignalHandler previousInterrupt;

    ReplyLineReader(Terminal terminal, PrintWriter out) {
        this.terminal = terminal;
        this.out = out;
        // Between prompts (while the reply is scored and the client answers) Ctrl-C is ignored; at the
        // prompt the line reader takes it as a key.
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_IGN);
        this.previousInterrupt = previous == null ? Terminal.SignalHandler.SIG_DFL : previous;
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("rapport-conversation")
                .parser(new WholeLine())
                .expander(new Verbatim())
                .history(new DefaultHistory())
                .variable(LineReader.HISTORY_FILE, null)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .build();
    }

    History history() {
        return reader.getHistory();
    }

    LineReader lineReader() {
        return reader;
    }

    @Override
    public String read(String prompt) {
        out.flush();
        while (true) {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                String partial = e.getPartialLine();
                if (partial != null && !partial.isBlank()) {
                    reader.getHistory().add(partial);
                    say(INTERRUPTED_LINE);
                } else {
                    say(INTERRUPTED);
                }
            } catch (EndOfFileException e) {
                return null;
            }
        }
    }

    /** Gives Ctrl-C back to the terminal's previous owner (the command shell, or the default). */
    @Override
    public void close() {
        terminal.handle(Terminal.Signal.INT, previousInterrupt);
    }

    private void say(String line) {
        terminal.writer().println(line);
        terminal.writer().flush();
    }

    /** The whole line is one word: no quotes, no escapes, no continuation prompts. */
    static final class WholeLine implements Parser {
        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            return new ParsedLine() {
                @Override
                public String word() {
                    return line;
                }

                @Override
                public int wordCursor() {
                    return cursor;
                }

                @Override
                public int wordIndex() {
                    return 0;
                }

                @Override
                public List<String> words() {
                    return List.of(line);
                }

                @Override
                public String line() {
                    return line;
                }

                @Override
                public int cursor() {
                    return cursor;
                }
            };
        }

        @Override
        public boolean isEscapeChar(char ch) {
            return false;
        }
    }

    /** No history (!!) or variable expansion: what was typed is what is sent. */
    static final class Verbatim implements Expander {
        @Override
        public String expandHistory(History history, String line) {
            return line;
        }

        @Override
        public String expandVar(String word) {
            return word;
        }
    }
}
