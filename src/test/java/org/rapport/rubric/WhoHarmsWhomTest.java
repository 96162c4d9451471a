package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who harms whom on a client line: a harm verb with someone else as its agent and the speaker or a
 * dependant as its victim, the speaker's intent to harm another, its time, someone else's story, and
 * leaving or silence in which nobody is hurt (who-harms-whom.csv).
 */
class WhoHarmsWhomTest {

    static Stream<String[]> lines() throws java.io.IOException {
        return HeldOutRows.read(Path.of("src/test/resources/rubric/who-harms-whom.csv")).stream();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("lines")
    void readsWhoHarmsWhomAndWhen(String features, String line) {
        double[] x = WhoHarmsWhom.read(line);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < x.length; i++) if (x[i] > 0) seen.add(WhoHarmsWhom.NAMES.get(i));
        List<String> expected = features.isBlank() ? List.of() : Arrays.asList(features.strip().split("\\s+"));
        assertThat(seen).as(line).containsExactlyInAnyOrderElementsOf(expected);
    }
}
