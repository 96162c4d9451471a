package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Replies to risk lines, each marked good or poor by its author, never used to tune the engine. Where the
 * engine sees the risk, good replies must score 4 or more and poor ones 2 or less on at least 90 % (the
 * issue's target). {@code risk-heldout.csv} was written after the risk heads were first trained;
 * {@code risk-replies-blind.csv} by an author who had read neither the engine nor its data, scored once. How
 * many lines are seen at all, and how many replies are judged right, are held so that they cannot silently get
 * worse (docs/rubrics.md gives the figures).
 */
class RiskHeldOutTest {

    @ParameterizedTest(name = "{0}: the risk seen under at least {1} replies, at least {2} of them judged right")
    @CsvSource({
            // file, replies whose risk line was seen at least, share of them judged right at least (the target is 0.9)
            "risk-heldout.csv, 18, 0.9",
            "risk-replies-blind.csv, 70, 0.95",
    })
    void whereTheRiskIsSeenGoodRepliesScoreAtLeastFourAndPoorOnesAtMostTwo(String file, int seenAtLeast, double rightShareAtLeast)
            throws java.io.IOException {
        int seen = 0, right = 0, good = 0, goodRight = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] row : HeldOutRows.read(Path.of("src/test/resources/rubric", file))) {
            TurnScore s = CoreRubric.ENGINE.score(ReplyContext.of(row[0], row[1]));
            Integer level = s.score(TurnScore.RISK_AND_SAFETY);
            if (level == null) continue;
            seen++;
            boolean isGood = row[2].equals("good");
            boolean ok = isGood ? level >= 4 : level <= 2;
            if (isGood) good++;
            if (ok) {
                right++;
                if (isGood) goodRight++;
            } else {
                wrong.add(row[2] + " " + level + ": " + row[1]);
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%s: risk seen under %d replies; right %d (good %d of %d, poor %d of %d)%n  wrong %s%n",
                file, seen, right, goodRight, good, right - goodRight, seen - good, wrong);
        assertThat(seen).as("replies whose risk line was seen").isGreaterThanOrEqualTo(seenAtLeast);
        assertThat(right).as("wrong: %s", wrong).isGreaterThanOrEqualTo((int) Math.ceil(rightShareAtLeast * seen));
    }
}
