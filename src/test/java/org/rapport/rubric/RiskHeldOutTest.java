package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replies to risk lines written after the risk heads were trained (not used to tune them). Where the
 * engine sees the risk, good replies must score 4 or more and poor ones 2 or less on at least 90 % (the
 * issue's target). How many of these lines are seen at all is below the target of 95 % and is held
 * here so that it cannot silently get worse (docs/rubrics.md gives the figure).
 */
class RiskHeldOutTest {

    static final List<String[]> ROWS = read();

    static List<String[]> read() {
        try {
            return HeldOutRows.read(Path.of("src/test/resources/rubric/risk-heldout.csv"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void whereTheRiskIsSeenGoodRepliesScoreAtLeastFourAndPoorOnesAtMostTwo() {
        int seen = 0, right = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] row : ROWS) {
            TurnScore s = CoreRubric.ENGINE.score(ReplyContext.of(row[0], row[1]));
            Integer level = s.score(TurnScore.RISK_AND_SAFETY);
            if (level == null) continue;
            seen++;
            if (row[2].equals("good") ? level >= 4 : level <= 2) right++;
            else wrong.add(row[2] + " " + level + ": " + row[1] + " | " + s.evidence());
        }
        assertThat(right).as("wrong: %s", wrong).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * seen));
        assertThat(seen).as("held-out replies whose risk line was seen").isGreaterThanOrEqualTo(18);
    }
}
