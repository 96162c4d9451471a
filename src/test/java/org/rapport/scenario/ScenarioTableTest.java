package org.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scenario table fits the terminal: a line the terminal wraps breaks a word and every column after it. */
class ScenarioTableTest {

    static final List<Scenario> SHIPPED = new ScenarioLibrary(Path.of("scenarios"), new ScenarioLoader()).all();

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 100, 109, 159})
    void everyLineFitsTheWidthAndEveryIdIsWhole(int width) {
        String table = ScenarioOutline.table(SHIPPED, width);

        assertThat(table.lines()).allMatch(line -> line.length() <= width, "at most " + width + " columns");
        assertThat(SHIPPED).allMatch(s -> table.contains(s.id() + " "));
        assertThat(table.lines().skip(1)).allMatch(line -> line.stripTrailing().endsWith("beginner") || line.endsWith("intermediate")
                || line.endsWith("advanced"));
    }
}
