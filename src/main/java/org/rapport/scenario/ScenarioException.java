package org.rapport.scenario;

import java.util.List;

/** A scenario that cannot be used; carries every problem found in its file. */
public class ScenarioException extends RuntimeException {

    private final List<ScenarioProblem> problems;

    public ScenarioException(String message, List<ScenarioProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }
}
