package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Client lines written before the rupture corpus was grown and never used to train or tune the rupture
 * head (src/test/resources/rubric/rupture-heldout.csv): withdrawal and confrontation ruptures and controls
 * that share their words or answer briefly but engaged. The target is at least 85 % found and at
 * most 10 % false alarms; the engine finds more than that but flags about one control in five, which is
 * held here so that neither figure can silently get worse (docs/rubrics.md gives the figures).
 */
class RuptureHeldOutTest {

    /** Found when these lines were measured with the shipped head (61 of 67); the target is 0.85. */
    static final double FOUND = 0.90;
    /** False alarms when measured (8 of 41 controls); above the 0.10, held so it gets no worse. */
    static final double FALSE_ALARMS = 0.20;

    @Test
    void theEngineFindsRupturesInUnseenLinesAndFlagsNoMoreControlsThanWhenMeasured() throws Exception {
        List<String[]> rows = HeldOutRows.read(Path.of("src/test/resources/rubric/rupture-heldout.csv"));
        List<RuptureKind> read = CoreRubric.ENGINE.rupturesIn(rows.stream().map(r -> r[1]).toList());
        int ruptures = 0, found = 0, controls = 0, alarms = 0;
        List<String> missed = new ArrayList<>(), flagged = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[0].equals("none")) {
                controls++;
                if (read.get(i) != null) {
                    alarms++;
                    flagged.add(rows.get(i)[1]);
                }
            } else {
                ruptures++;
                if (read.get(i) != null) found++;
                else missed.add(rows.get(i)[0] + ": " + rows.get(i)[1]);
            }
        }
        assertThat(ruptures).isGreaterThanOrEqualTo(60);
        assertThat(controls).isGreaterThanOrEqualTo(40);
        assertThat((double) found / ruptures).as("found %d of %d; missed %s", found, ruptures, missed).isGreaterThanOrEqualTo(FOUND);
        assertThat((double) alarms / controls).as("%d of %d controls flagged: %s", alarms, controls, flagged).isLessThanOrEqualTo(FALSE_ALARMS);
    }
}
