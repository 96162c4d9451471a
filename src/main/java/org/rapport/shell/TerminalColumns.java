package org.rapport.shell;

import org.jline.terminal.Terminal;
import org.rapport.terminal.TextWrap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.stereotype.Component;

/** How wide a command's output may be: the interactive shell's terminal, else the default width. */
@Component
public class TerminalColumns {

    private final ObjectProvider<Terminal> terminal;

    public TerminalColumns(ObjectProvider<Terminal> terminal) {
        this.terminal = terminal;
    }

    /**
     * Inside the shell, its terminal's columns (less one, so that a full line does not push the cursor
     * over); else the default. Only the interactive shell's terminal is asked: a one-shot command opens
     * its own terminal to read replies, and a second one on the same device would wait on it.
     */
    public int width(CommandContext ctx) {
        if (ctx == null || !(ctx.inputReader() instanceof org.springframework.shell.jline.JLineInputReader)) {
            return TextWrap.DEFAULT_WIDTH;
        }
        Terminal t = terminal == null ? null : terminal.getIfAvailable();
        int columns = t == null ? 0 : t.getWidth();
        return columns > 0 ? Math.min(columns - 1, 160) : TextWrap.DEFAULT_WIDTH;
    }
}
