package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped core rubric agrees with its own calibration cases (what `rubric check core` runs). */
class RubricCheckTest {

    @Test
    void coreRubricPassesItsCalibration() {
        List<Calibration.CaseResult> results = Calibration.check(CoreRubric.ENGINE);

        assertThat(results).hasSizeGreaterThanOrEqualTo(15);
        assertThat(results).allSatisfy(r -> assertThat(r.disagreements()).as(r.name()).isEmpty());
    }

    @Test
    void aDisagreementIsReportedWithWhatWasExpected() {
        CalibrationCase.Expectation expect = new CalibrationCase.Expectation("question", null, ">=4", null, "none",
                null, null, null, null, List.of("advising"));
        TurnScore score = CoreRubric.ENGINE.score(ReplyContext.of("I've been so tired.", "Mm-hmm."));

        assertThat(Calibration.disagreements(expect, score))
                .contains("behavior: expected question, engine other")
                .anySatisfy(d -> assertThat(d).startsWith("empathy: expected >=4"))
                .anySatisfy(d -> assertThat(d).startsWith("roadblock advising not found"));
    }

    @Test
    void coreRubricHasTheFourCriteriaWithFiveAnchoredLevels() {
        Rubric core = CoreRubric.LIBRARY.get("core");

        assertThat(core.criterionIds()).containsExactly("empathy", "active_listening", "boundary_setting", "cultural_humility");
        assertThat(core.criteria()).allSatisfy(c -> assertThat(c.levels()).containsOnlyKeys(1, 2, 3, 4, 5));
    }
}
