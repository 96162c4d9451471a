package org.rapport.shell;

import java.io.PrintStream;
import org.rapport.report.GradingProgress;

/**
 * A progress bar for long batches, drawn on standard error so that standard output carries only the
 * command's own output. Redrawn in place with a carriage return; cleared when the batch is done.
 */
final class TerminalProgress implements GradingProgress {

    /** Batches shorter than this finish before a bar would help. */
    static final int LONG_BATCH = 100;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final String what;
    private final String units;
    private int lastDrawn = -1;

    TerminalProgress(PrintStream err, String what) {
        this(err, what, "replies");
    }

    TerminalProgress(PrintStream err, String what, String units) {
        this.err = err;
        this.what = what;
        this.units = units;
    }

    /** A bar when standard error is a terminal and the batch is long; otherwise nothing. */
    static GradingProgress forBatch(int total, String what) {
        return forBatch(total, LONG_BATCH, what, "replies");
    }

    /** A bar counting {@code units} when standard error is a terminal and there are at least {@code atLeast}. */
    static GradingProgress forBatch(int total, int atLeast, String what, String units) {
        return total >= atLeast && onTerminal() ? new TerminalProgress(System.err, what, units) : GradingProgress.NONE;
    }

    /**
     * Whether the program runs on a terminal. On Java 17 a console exists only then; newer JDKs may
     * return a console for pipes too and say so through {@code Console.isTerminal()}.
     */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void update(int scored, int total) {
        if (total <= 0) return;
        int filled = (int) ((long) WIDTH * scored / total);
        int percent = (int) (100L * scored / total);
        if (percent == lastDrawn) return;
        lastDrawn = percent;
        err.print("\r" + what + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + scored + "/" + total
                + " " + units + " " + percent + "%");
        if (scored >= total) err.print("\r" + " ".repeat(what.length() + WIDTH + 40) + "\r");
        err.flush();
    }
}
