package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.judgement.JudgedText;
import org.rapport.judgement.Prediction;
import org.rapport.judgement.Structure;

/** How a client line's rupture is read from the head's probabilities, and the markers the head weighs. */
class RuptureLineTest {

    private static final Structure LINE = JudgementStructures.ruptureLine(new Cues(CoreRubric.LIBRARY.get("core").lexicons()));

    @Test
    void aLineTornBetweenWithdrawalAndConfrontationIsARuptureOfTheLikelierKind() {
        Prediction torn = new Prediction(Map.of("none", 0.44, "withdrawal", 0.31, "confrontation", 0.25));
        assertThat(RubricScorer.ruptureOf(torn)).isEqualTo(RuptureKind.WITHDRAWAL);
        assertThat(RubricScorer.ruptureOf(new Prediction(Map.of("none", 0.44, "withdrawal", 0.2, "confrontation", 0.36))))
                .isEqualTo(RuptureKind.CONFRONTATION);
    }

    @Test
    void aLineTheHeadThinksMoreLikelyOrdinaryIsNoRupture() {
        assertThat(RubricScorer.ruptureOf(new Prediction(Map.of("none", 0.55, "withdrawal", 0.45, "confrontation", 0.0)))).isNull();
        assertThat(RubricScorer.ruptureOf(null)).isNull();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I guess. Maybe.                                        | hedge
            If you say so.                                         | deferral
            You're the expert, I suppose.                          | deferral
            Yes, doctor. I will do it.                             | deferral
            Can we stop there for today?                           | leaving
            I nearly didn't come today.                            | leaving
            Anyway, did you see the match?                         | topic_shift
            (shrugs) Anyway. How was your weekend?                 | topic_shift
            Brilliant, thank you so much, I'll definitely do that! | pleasing
            It's not a big deal, others have it worse.             | minimising
            Statistically it's just conditioning, isn't it.        | intellectualising
            Scared. Mostly scared.                                 | feeling
            Twice, once at Christmas.                              | specific_detail
            My sister. She rings every day.                        | specific_detail
            """)
    void namesTheMarkersOfARupture(String line, String feature) {
        assertThat(value(line, feature)).isPositive();
    }

    @ParameterizedTest(name = "no {1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            My sister found me that night.                  | hedge
            I want to stop drinking before the baby comes.  | leaving
            I told my mum anyway, and she cried.            | topic_shift
            It was my uncle's house.                        | deferral
            """)
    void doesNotSeeAMarkerInOrdinaryTalk(String line, String feature) {
        assertThat(value(line, feature)).isZero();
    }

    private static double value(String line, String feature) {
        return LINE.of(JudgedText.clientLine(line))[LINE.names().indexOf(feature)];
    }
}
