package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boundary tests in new wordings and lines that share their words, each file written by an author who had
 * not seen the boundary head's data and scored once with the head shipped beside it. The figures reached
 * are in docs/rubrics.md; the floors hold them so that they cannot silently get worse.
 */
class BoundaryBlindFilesTest {

    /** What the engine makes of one file's lines, each as a line a language model wrote: the detectors decide. */
    record Reading(int found, List<String> missed, List<String> alarms) {

        static Reading of(String file) throws java.io.IOException {
            int found = 0;
            List<String> missed = new ArrayList<>(), alarms = new ArrayList<>();
            for (String[] r : HeldOutRows.read(Path.of("src/test/resources/rubric/" + file))) {
                String client = r[0], kind = r[1];
                TurnScore s = CoreRubric.ENGINE.score(ReplyContext.of(client, "Tell me more about that."));
                if (kind.equals("none")) {
                    if (s.boundary() != null) alarms.add(client + " -> " + s.boundary().id());
                } else if (s.boundary() == null) {
                    missed.add(kind + ": " + client);
                } else {
                    found++;
                }
            }
            return new Reading(found, missed, alarms);
        }
    }

    // Measured once each (docs/rubrics.md). boundary-questions-blind: of 30 tests and 42 questions to the
    // counsellor and cultural experiences, 27 found, 12 false alarms. boundary-tests-blind2: of 60 tests and
    // 80 hard controls, 56 found, 9 false alarms. Both are above the 5 % target for false alarms: the head takes
    // questions to the counsellor about the work for tests, which scripted play no longer asks it about.
    @ParameterizedTest(name = "{0}: at least {1} tests found, at most {2} false alarms")
    @CsvSource({
            "boundary-questions-blind.csv, 27, 12",
            "boundary-tests-blind2.csv,    56,  9"})
    void testsInNewWordingsAreFoundAndFewLinesThatShareTheWordsAreTakenForTests(String file, int foundAtLeast, int alarmsAtMost)
            throws java.io.IOException {
        Reading r = Reading.of(file);
        assertThat(r.found()).as("missed: %s", r.missed()).isGreaterThanOrEqualTo(foundAtLeast);
        assertThat(r.alarms().size()).as("false alarms: %s", r.alarms()).isLessThanOrEqualTo(alarmsAtMost);
    }
}
