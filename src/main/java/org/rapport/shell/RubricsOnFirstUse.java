package org.rapport.shell;

import java.util.function.Supplier;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricFormatException;
import org.rapport.rubric.RubricLibrary;
import org.springframework.beans.BeansException;

/**
 * The rubric library, read when a command first needs it, so that a broken rubric file fails the
 * commands that use it with a one-line message naming file, line and field, not the whole shell.
 */
final class RubricsOnFirstUse {

    private final Supplier<RubricLibrary> rubrics;

    RubricsOnFirstUse(Supplier<RubricLibrary> rubrics) {
        this.rubrics = rubrics;
    }

    private boolean warned;

    RubricLibrary library() {
        try {
            RubricLibrary library = rubrics.get();
            if (!warned) {
                // the good rubrics work; a broken file is named once, so that its author hears of it
                warned = true;
                library.broken().forEach(e -> System.err.println("rapport: rubric file not used: " + e.getMessage()));
            }
            return library;
        } catch (RubricFormatException | java.io.UncheckedIOException e) {
            throw new CommandFailure(e.getMessage());
        } catch (BeansException e) {
            Throwable cause = e.getMostSpecificCause();
            throw new CommandFailure(cause.getMessage() == null ? e.getMessage() : cause.getMessage());
        }
    }

    /** The engine for a rubric id (blank: the core rubric); an unknown id is a usage error. */
    RubricEngine engine(String id) {
        try {
            return library().engine(id == null || id.isBlank() ? "core" : id);
        } catch (RubricFormatException e) {
            throw new CommandFailure(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(2, e.getMessage());
        }
    }
}
