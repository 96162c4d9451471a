package org.rapport.scenario;

import java.nio.file.Path;

/**
 * One thing wrong with a scenario file, located for its author: {@code file:line: field: message}.
 *
 * @param line  1-based line, or 0 when the problem concerns the whole file and no line applies (a file
 *              that does not exist or cannot be opened); such a problem is shown without a line
 * @param field the path to the offending key, e.g. {@code beats[opening].branches[1].next}
 */
public record ScenarioProblem(Path file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + field + ": " + message;
    }
}
