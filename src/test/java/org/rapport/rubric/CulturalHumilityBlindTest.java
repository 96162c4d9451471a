package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.judgement.AuthoredCorpus;

/**
 * Trainee replies to fresh client lines that bring a cultural opportunity, written and committed before the
 * cultural heads were retrained and never used to train or tune them: each line has a humble exploring reply
 * and one or two that ignore, assume, stereotype or impose. The target is humble replies scored 4 or
 * more and the others 2 or less on at least 85 %; the floors hold what was measured when the file was scored
 * (docs/rubrics.md gives the figures). cultural-humility-blind3.csv, scored once with the heads shipped when it
 * was written: humble 22 of 22 scored 4 or more, poor 20 of 22 scored 2 or less (two replies that pass over
 * the identity with practical advice or a general question scored 4 and 5). With the stance head's
 * {@link CulturalReply} features (the file no longer blind): 22 of 22 and 21 of 22 (the practical advice still scores 4).
 * cultural-humility-blind4.csv (28 client lines, humble replies of five forms, poor ones skilful in form), written by
 * an author who had read neither the heads nor their data, scored once with those features: 44 of 56 and 45 of 56
 * (the heads shipped before them: 33 and 38); after the retraining on opportunities said indirectly and on warm
 * assumptions beside readings offered for correction (no longer blind), 51 of 56 and 51 of 56, held so it gets no worse.
 * cultural-humility-blind5.csv (28 more client lines by such an author), scored once after that retraining: 38 of 56
 * and 38 of 56, 24 of the 36 wrong on six lines the opportunity head did not read as bringing one (the heads before: 39 and 36);
 * after the retraining on identities said without their words, permission questions and warm reassurance (no longer
 * blind), 49 of 56 and 53 of 56, held so it gets no worse. cultural-humility-blind6.csv (28 more client lines by such an
 * author), scored once after that retraining: 45 of 56 and 47 of 56, 16 of the 20 wrong on four lines the opportunity head
 * scored 0.09 to 0.45 (a partner called "the friend", a name taken at work, "it's not a girl", hair kept straight at the firm).
 */
class CulturalHumilityBlindTest {

    @ParameterizedTest(name = "{0}: humble scored 4+ on at least {1}, poor scored 2 or less on at least {2}")
    @CsvSource({"rubrics/data/cultural-humility-blind3.csv, 1.0, 0.90",
            "src/test/resources/rubric/cultural-humility-blind4.csv, 0.91, 0.91",
            "src/test/resources/rubric/cultural-humility-blind5.csv, 0.875, 0.946",
            "src/test/resources/rubric/cultural-humility-blind6.csv, 0.803, 0.839"})
    void humbleRepliesScoreHighAndAssumingOrIgnoringRepliesScoreLow(String file, double minHigh, double minLow) throws Exception {
        AuthoredCorpus c = AuthoredCorpus.read(Path.of(file), List.of("group", "client", "reply", "label"));
        List<ReplyContext> contexts = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) contexts.add(ReplyContext.of(c.nonEmpty(i, "client"), c.nonEmpty(i, "reply")));
        List<TurnScore> scores = CoreRubric.ENGINE.scoreAll(contexts);
        int humble = 0, high = 0, poor = 0, low = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            Integer h = scores.get(i).score(TurnScore.CULTURAL_HUMILITY);
            String label = c.require(i, "label", List.of("humble", "ignores", "assumes", "stereotypes", "imposes"));
            if (label.equals("humble")) {
                humble++;
                if (h != null && h >= 4) high++;
                else wrong.add("humble, scored " + h + ": " + c.get(i, "reply"));
            } else {
                poor++;
                if (h != null && h <= 2) low++;
                else wrong.add(label + ", scored " + h + ": " + c.get(i, "reply"));
            }
        }
        assertThat(humble).isGreaterThanOrEqualTo(20);
        assertThat(poor).isGreaterThanOrEqualTo(20);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat((double) high / humble).as("humble replies scored 4 or more: %d of %d; wrong: %s", high, humble, wrong).isGreaterThanOrEqualTo(minHigh);
        soft.assertThat((double) low / poor).as("poor replies scored 2 or less: %d of %d; wrong: %s", low, poor, wrong).isGreaterThanOrEqualTo(minLow);
        soft.assertAll();
    }
}
