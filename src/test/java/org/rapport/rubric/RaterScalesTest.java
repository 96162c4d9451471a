package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.rapport.transcript.Fixtures;

/**
 * A programme's raters' scale: fitted by isotonic regression, written and read back as a CSV. The fits in
 * calibration/rater-scales-fits.csv were worked by hand: "engine:human" pairs of training rows and the scale
 * expected for engine levels 1 to 5.
 */
class RaterScalesTest {

    static Stream<Arguments> fits() {
        return Fixtures.manifest("calibration/rater-scales-fits.csv").stream().map(r -> Arguments.of(r.cells().toArray()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fits")
    void fitsTheRatersMeanPerLevelWithoutEverGoingDown(String name, String pairs, String expected) {
        List<int[]> rows = new ArrayList<>();
        for (String p : pairs.isBlank() ? new String[0] : pairs.trim().split(" ")) {
            String[] ab = p.split(":");
            rows.add(new int[] {Integer.parseInt(ab[0]), Integer.parseInt(ab[1])});
        }
        assertThat(RaterScales.fit(rows)).containsExactlyElementsOf(Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList());
    }

    @Test
    void aScaleChangesOnlyItsCriterionAndLeavesNotApplicableAlone() {
        RaterScales s = new RaterScales(Map.of("empathy", List.of(1, 2, 2, 3, 4)), List.of("note"));
        assertThat(s.apply("empathy", 4)).isEqualTo(3);
        assertThat(s.apply("empathy", null)).isNull();
        assertThat(s.apply("active_listening", 4)).isEqualTo(4);
    }

    @Test
    void theFileNamesItsOriginAndReadsBackTheSame() {
        RaterScales s = new RaterScales(Map.of("empathy", List.of(1, 2, 2, 3, 4)), List.of("fitted by calibrate --fit from x.csv"));
        String text = s.format(Map.of("empathy", new int[] {3, 5, 8, 12, 2}));
        assertThat(text).startsWith("# fitted by calibrate --fit from x.csv\ncriterion,engine,programme,rows\nempathy,1,1,3\n");
        assertThat(RaterScales.parse(text, Path.of("rater-scales.csv"))).isEqualTo(s);
    }

    @Test
    void aBrokenFileNamesTheLineAndField() {
        assertThatThrownBy(() -> RaterScales.parse("criterion,engine,programme,rows\nempathy,1,7,3\n", Path.of("rater-scales.csv")))
                .isInstanceOf(RubricFormatException.class).hasMessageContaining("rater-scales.csv").hasMessageContaining("2")
                .hasMessageContaining("programme");
        assertThatThrownBy(() -> RaterScales.parse("criterion,engine,programme,rows\nempathy,1,1,3\n", Path.of("rater-scales.csv")))
                .isInstanceOf(RubricFormatException.class).hasMessageContaining("engine level 2 has no row");
    }
}
