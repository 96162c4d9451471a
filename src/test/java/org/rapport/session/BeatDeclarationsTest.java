package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.client.ScriptedClient;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Scenario;
import org.rapport.transcript.Speaker;

/**
 * In scripted play a beat's declarations are authoritative: the reply to a beat's own line is judged for the
 * boundary and the risk the beat declares (none, when it declares none) and the engine runs no boundary or risk
 * detector on the line. A line the language model wrote in its own words is read by the detectors.
 */
class BeatDeclarationsTest {

    final InMemorySessionJournal journal = new InMemorySessionJournal();
    final PracticeSessions sessions = new PracticeSessions(ShippedScenarioSessionTest.SCENARIOS::get,
            (scenario, mode) -> new ScriptedClient(scenario), id -> ShippedScenarioSessionTest.ENGINE, journal,
            new TestClock(Instant.parse("2026-12-02T14:00:00Z")), new SplittableRandom(5));

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.rapport.session.ShippedScenarioSessionTest#scripted")
    void everyReplyIsJudgedForWhatTheBeatItAnswersDeclaresAndNothingElse(String id) throws Exception {
        Scenario scenario = ShippedScenarioSessionTest.SCENARIOS.get(id);
        for (String kind : List.of("good", "poor")) {
            PracticeSession session = sessions.play(id, "alex", ShippedScenarioSessionTest.replies(id, kind), (r, t) -> { });
            List<SessionTurn> turns = journal.load(session.id()).orElseThrow().turns();
            SessionTurn client = null;
            List<String> wrong = new ArrayList<>();
            for (SessionTurn t : turns) {
                if (t.speaker() == Speaker.CLIENT) {
                    client = t;
                    continue;
                }
                Beat beat = scenario.beat(client.beatId()).orElseThrow();
                TurnScore s = t.score();
                if (s.boundary() != beat.boundary() || s.risk() != beat.risk()
                        || (beat.boundary() == null) != (s.score(TurnScore.BOUNDARY_SETTING) == null)
                        || (beat.risk() == null) != (s.score(TurnScore.RISK_AND_SAFETY) == null)) {
                    wrong.add(kind + " turn " + t.index() + " (beat " + beat.id() + ": boundary " + beat.boundary() + ", risk " + beat.risk()
                            + "): judged for boundary " + s.boundary() + ", risk " + s.risk());
                }
            }
            assertThat(wrong).isEmpty();
        }
    }

    /** Words that read as a boundary test: a beat that declares none is still not judged as one. */
    static final String TESTING_WORDS = "Can I add you on Instagram? Then I could message you when it gets bad at night.";

    @Test
    void aBeatsLineIsNotReadByTheDetectorsButAModelsLineIs() {
        ReplyContext asModel = ReplyContext.of(TESTING_WORDS, "You'd like to know I'm there when the nights get bad.");
        TurnScore fromModel = ShippedScenarioSessionTest.ENGINE.score(asModel);
        assertThat(fromModel.boundary()).as("the detectors read the model's line").isEqualTo(BoundaryKind.parse("social-media"));
        assertThat(fromModel.score(TurnScore.BOUNDARY_SETTING)).isNotNull();

        TurnScore fromBeat = ShippedScenarioSessionTest.ENGINE.score(asModel.withScripted(true));
        assertThat(fromBeat.boundary()).as("the beat declares no boundary").isNull();
        assertThat(fromBeat.score(TurnScore.BOUNDARY_SETTING)).isNull();
        assertThat(fromBeat.risk()).isNull();

        TurnScore declared = ShippedScenarioSessionTest.ENGINE.score(new ReplyContext(asModel.history(), asModel.reply(),
                BoundaryKind.parse("after-hours-contact"), null).withScripted(true));
        assertThat(declared.boundary()).as("the beat's declaration, whatever the detectors would read").isEqualTo(BoundaryKind.parse("after-hours-contact"));
        assertThat(declared.evidence()).contains("boundary test declared by the scenario: after-hours-contact");
    }
}
