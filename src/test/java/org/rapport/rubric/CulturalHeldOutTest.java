package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.judgement.AuthoredCorpus;

/**
 * Client lines and replies written before the cultural corpora were grown for plain reflections and
 * shared-word controls, never used to train or tune the cultural heads
 * (src/test/resources/rubric/cultural-heldout.csv). The targets: humble replies score 4 or more
 * and assuming or ignoring ones 2 or less on at least 85 %; lines that share a cultural word without
 * bringing an opportunity are not scored for cultural humility. docs/rubrics.md gives the figures.
 */
class CulturalHeldOutTest {

    static final double TARGET = 0.85;

    @Test
    void humbleReflectionsWithoutAQuestionScoreHighAndSharedWordLinesAreNotScored() throws Exception {
        AuthoredCorpus c = AuthoredCorpus.read(Path.of("src/test/resources/rubric/cultural-heldout.csv"), List.of("client", "reply", "expect"));
        List<ReplyContext> contexts = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) contexts.add(ReplyContext.of(c.nonEmpty(i, "client"), c.nonEmpty(i, "reply")));
        List<TurnScore> scores = CoreRubric.ENGINE.scoreAll(contexts);
        int high = 0, highRight = 0, low = 0, lowRight = 0, controls = 0, scored = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            Integer h = scores.get(i).score(TurnScore.CULTURAL_HUMILITY);
            String expect = c.require(i, "expect", List.of("high", "low", "none"));
            switch (expect) {
                case "high" -> {
                    high++;
                    if (h != null && h >= 4) highRight++;
                    else wrong.add("high, scored " + h + ": " + c.get(i, "reply"));
                }
                case "low" -> {
                    low++;
                    if (h != null && h <= 2) lowRight++;
                    else wrong.add("low, scored " + h + ": " + c.get(i, "reply"));
                }
                default -> {
                    controls++;
                    if (h != null) {
                        scored++;
                        wrong.add("no opportunity, scored " + h + ": " + c.get(i, "client"));
                    }
                }
            }
        }
        assertThat((double) highRight / high).as("humble replies scored 4 or more; wrong: %s", wrong).isGreaterThanOrEqualTo(TARGET);
        assertThat((double) lowRight / low).as("poor replies scored 2 or less; wrong: %s", wrong).isGreaterThanOrEqualTo(TARGET);
        assertThat((double) scored / controls).as("shared-word lines scored; wrong: %s", wrong).isLessThanOrEqualTo(1 - TARGET);
    }
}
