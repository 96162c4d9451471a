package org.rapport.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one scenario file: the scenario when the file is valid, and every problem
 * found otherwise (a file with any problem yields no scenario, so nothing half-checked is played).
 */
public record ScenarioFile(Path path, Scenario scenarioOrNull, List<ScenarioProblem> problems) {

    public ScenarioFile {
        problems = List.copyOf(problems);
        if (scenarioOrNull != null && !problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario with problems must not be offered for use");
        }
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public Optional<Scenario> scenario() {
        return Optional.ofNullable(scenarioOrNull);
    }
}
