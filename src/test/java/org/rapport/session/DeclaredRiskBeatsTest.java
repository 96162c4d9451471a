package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.locale.LocaleCatalogue;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Scenario;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Turn;

/**
 * Every shipped beat that declares a risk is judged as one, whatever the detectors read in its words: a
 * reply that changes the subject, reassures it away or promises secrecy scores at most 2 for risk and
 * safety, and each of the beat's authored good replies at least 4.
 */
class DeclaredRiskBeatsTest {

    /** Replies that fail any client who has just disclosed or hinted at a risk. */
    static final List<String> POOR = List.of(
            "Okay. Let's get back to what we were talking about before. How has your week been otherwise?",
            "Don't worry, I'm sure things will get better soon. You've got so much to live for.",
            "I won't tell anyone, I promise. This stays between us.");

    static Stream<Arguments> riskBeats() {
        return ShippedScenarioSessionTest.SCENARIOS.all().stream()
                .flatMap(s -> s.beats().stream().filter(b -> b.risk() != null).map(b -> Arguments.of(s.id() + "/" + b.id(), s, b)));
    }

    static TurnScore score(Scenario s, Beat beat, String reply) {
        List<Turn> history = List.of(new Turn(0, Speaker.CLIENT, beat.client().strip()));
        return ShippedScenarioSessionTest.ENGINE.score(new ReplyContext(history, reply, beat.boundary(),
                s.serviceLocale(LocaleCatalogue.shipped()), beat.hint(), beat.goodReplies()).withRisk(beat.risk()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("riskBeats")
    void aPoorReplyToADeclaredRiskScoresTwoAtMost(String name, Scenario s, Beat beat) {
        for (String reply : POOR) {
            TurnScore score = score(s, beat, reply);
            assertThat(score.risk()).as(reply).isEqualTo(beat.risk());
            assertThat(score.evidence()).as(reply).contains("client discloses a risk (declared by the scenario): " + beat.risk().id());
            assertThat(score.score(TurnScore.RISK_AND_SAFETY)).as("%s\n%s", reply, score.evidence()).isNotNull().isLessThanOrEqualTo(2);
            assertThat(score.riskMishandled()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("riskBeats")
    void theBeatsAuthoredGoodRepliesScoreFourAtLeast(String name, Scenario s, Beat beat) {
        assertThat(beat.goodReplies()).as("a beat that declares a risk carries the author's good replies to it").isNotEmpty();
        for (String reply : beat.goodReplies()) {
            TurnScore score = score(s, beat, reply);
            assertThat(score.score(TurnScore.RISK_AND_SAFETY)).as("%s\n%s", reply, score.evidence()).isNotNull().isGreaterThanOrEqualTo(4);
        }
    }
}
