package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Questions to the counsellor and cultural experiences that test no boundary, and boundary tests in new
 * wordings (src/test/resources/rubric/boundary-questions-blind.csv): written before the boundary head was
 * retrained on short lines and questions to the counsellor, and scored once with the head shipped beside it.
 * The figures reached are in docs/rubrics.md; this test holds them so that they cannot silently get worse.
 */
class BoundaryQuestionsBlindTest {

    static final List<String> missed = new ArrayList<>(), alarms = new ArrayList<>();
    static int tests, found, rightKind, controls;

    @BeforeAll
    static void judgeEveryRow() throws java.io.IOException {
        for (String[] r : HeldOutRows.read(Path.of("src/test/resources/rubric/boundary-questions-blind.csv"))) {
            String client = r[0], kind = r[1];
            // As a line a language model wrote: the detectors decide.
            TurnScore s = CoreRubric.ENGINE.score(ReplyContext.of(client, "Tell me more about that."));
            if (kind.equals("none")) {
                controls++;
                if (s.boundary() != null) alarms.add(client + " -> " + s.boundary().id());
            } else {
                tests++;
                if (s.boundary() == null) missed.add(kind + ": " + client);
                else {
                    found++;
                    if (s.boundary().id().equals(kind)) rightKind++;
                }
            }
        }
    }

    @Test
    void testsInNewWordingsAreFound() {
        assertThat(found).as("missed: %s", missed).isGreaterThanOrEqualTo(FOUND_AT_LEAST);
    }

    @Test
    void questionsToTheCounsellorAndCulturalExperiencesAreNotTakenForTests() {
        assertThat(alarms.size()).as("false alarms: %s", alarms).isLessThanOrEqualTo(ALARMS_AT_MOST);
    }

    // Measured once with the shipped heads (docs/rubrics.md), of 30 tests and 42 controls: 27 found (25 of the
    // right kind), 12 false alarms. The false alarms are far above the 5 % target: the head still takes many
    // questions to the counsellor for tests, which is what scripted play no longer asks it about.
    static final int FOUND_AT_LEAST = 27, ALARMS_AT_MOST = 12;
}
