package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.TurnScore;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;

/**
 * A session is re-scored only by the judgement it was scored with: the same version number with other
 * trained heads is another judgement, and the session says so instead of looking forged.
 */
class RescoringVersionTest {

    /** The program's judgement: rubric core version 1 with heads fingerprinted 3f2a9c1b07de. */
    private static final RubricEngine PROGRAM = new RubricEngine() {
        @Override
        public Rubric rubric() {
            return ScriptedRubricEngine.CORE;
        }

        @Override
        public String judgementVersion() {
            return "1+3f2a9c1b07de";
        }

        @Override
        public TurnScore score(org.rapport.rubric.ReplyContext reply) {
            throw new AssertionError("the version is decided before anything is scored");
        }
    };

    @ParameterizedTest(name = "stored \"{0}\": re-scored {1}")
    @CsvSource(nullValues = "none", value = {
            "none,             true",   // saved before versions were kept
            "1,                true",   // saved before judgements were fingerprinted: the number alone is compared
            "1+3f2a9c1b07de,   true",   // the very judgement this program has
            "1+77d0c2aa5e19,   false",  // the same number, heads since retrained
            "0.9,              false",  // an older rubric version
            "0.9+3f2a9c1b07de, false"})
    void aSessionIsReScoredOnlyUnderTheJudgementItWasScoredWith(String stored, boolean rescored) {
        SessionRecord record = new SessionRecord("s1", "gad-maya", "alice", "scripted", "core",
                Instant.parse("2026-03-08T13:00:00Z"), null, SessionStatus.IN_PROGRESS, stored);

        String problem = Rescoring.versionProblem(record, PROGRAM);

        if (rescored) {
            assertThat(problem).isNull();
        } else {
            assertThat(problem).contains("scored under rubric core version " + stored, "no longer available",
                    "this program has version 1+3f2a9c1b07de");
        }
    }
}
