package org.rapport.scenario;

import java.nio.file.Path;

/**
 * One thing wrong with a scenario file, located for its author: {@code file:line: field: message}.
 *
 * @param line  1-based line, or 0 when the problem concerns the whole file (unreadable, empty)
 * @param field the path to the offending key, e.g. {@code beats[opening].branches[1].next}
 */
public record ScenarioProblem(Path file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
