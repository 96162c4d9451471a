package org.rapport.shell;

import java.io.PrintWriter;
import org.rapport.terminal.TerminalText;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.JLineInputProvider;
import org.springframework.shell.jline.JLineShellRunner;

/**
 * The interactive shell, with everything a command prints (a stored transcript, a comment, a trainee's
 * name, an error quoting them) passing through {@link TerminalText}: control characters are shown, never
 * obeyed, exactly as when the same command runs from the command line. The line editor itself writes to
 * the terminal directly, so the prompt, colours and cursor movement work as before.
 */
final class ControlSafeShellRunner extends JLineShellRunner {

    private PrintWriter safe;

    ControlSafeShellRunner(JLineInputProvider input, CommandParser parser, CommandRegistry registry) {
        super(input, parser, registry);
    }

    @Override
    public synchronized PrintWriter getWriter() {
        // one writer for the whole shell: a carriage return held back at the end of one write is settled by the next
        if (safe == null) safe = TerminalText.writer(super.getWriter());
        return safe;
    }

    @Override
    public void print(String text) {
        PrintWriter out = getWriter();
        out.println(text);
        out.flush();
    }

    @Override
    public void flush() {
        getWriter().flush();
        super.flush();
    }
}
