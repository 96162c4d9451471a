package org.rapport.rubric;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rubric file that cannot be used, with the file, line (0 when unknown) and field at fault. When a
 * file has several problems, all of them are kept and the message lists each on its own line, so that
 * an author fixes them in one pass rather than one run per problem.
 */
public class RubricFormatException extends RuntimeException {

    /** One problem: its line (0 when unknown), field ("" when none) and what is wrong. */
    public record At(int line, String field, String problem) {
    }

    private final Path file;
    private final List<At> problems;

    public RubricFormatException(Path file, int line, String field, String problem) {
        this(file, List.of(new At(line, field, problem)));
    }

    public RubricFormatException(Path file, List<At> problems) {
        super(problems.stream().map(p -> describe(file, p)).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) throw new IllegalArgumentException("a rubric format error needs a problem");
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    private static String describe(Path file, At p) {
        return file + (p.line() > 0 ? ":" + p.line() : "") + (p.field() == null || p.field().isEmpty() ? "" : ": " + p.field())
                + ": " + p.problem();
    }

    public Path file() {
        return file;
    }

    /** The first problem's line. */
    public int line() {
        return problems.get(0).line();
    }

    /** The first problem's field. */
    public String field() {
        return problems.get(0).field();
    }

    /** Every problem found in the file, in the order of the file. */
    public List<At> problems() {
        return problems;
    }
}
