package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Risk cues in wordings the risk-cue head was never trained on, and controls that share their words
 * ("everyone would be better off if the council fixed the bins"), read with no risk declared by a scenario.
 * The target is 95 % found and at most 5 % false alarms. Three files: risk-cues-heldout.csv was
 * looked at while the head was built, so it is a development check; risk-cues-blind.csv was written before
 * that work but scored during it, so it is no longer blind; risk-cues-blind2.csv was written before the
 * exemplar features and scored once when they were done. The floors are the figures measured with the
 * shipped head (docs/rubrics.md), so that they cannot silently get worse.
 */
class RiskCuesHeldOutTest {

    record Figures(int cases, int found, int rightKind, int controls, List<String> missed, List<String> alarms) {
    }

    static Figures judge(String file) throws java.io.IOException {
        int cases = 0, found = 0, rightKind = 0, controls = 0;
        List<String> missed = new ArrayList<>(), alarms = new ArrayList<>();
        for (String[] row : HeldOutRows.read(Path.of("src/test/resources/rubric", file))) {
            String kind = row[0], line = row[1];
            RiskKind seen = CoreRubric.ENGINE.score(ReplyContext.of(line, "Tell me more about that.")).risk();
            if (kind.equals("none")) {
                controls++;
                if (seen != null) alarms.add(line + " -> " + seen.id());
            } else {
                cases++;
                if (seen == null) missed.add(kind + ": " + line);
                else {
                    found++;
                    if (seen.id().equals(kind)) rightKind++;
                }
            }
        }
        return new Figures(cases, found, rightKind, controls, missed, alarms);
    }

    @ParameterizedTest(name = "{0}: at least {1} of the risk lines found, at most {2} controls flagged")
    @CsvSource({
            // file, found at least, false alarms at most (of 63 risk lines and 39 controls; 69 and 51; 30 and 30)
            "risk-cues-heldout.csv, 36, 2",
            "risk-cues-blind.csv, 35, 7",
            "risk-cues-blind2.csv, 22, 2",
    })
    void riskCuesInNewWordingsAreFoundAndSharedWordsAreNot(String file, int foundAtLeast, int alarmsAtMost) throws java.io.IOException {
        Figures f = judge(file);
        System.out.printf(java.util.Locale.ROOT, "%s: found %d of %d (right kind %d), false alarms %d of %d%n", file, f.found(), f.cases(),
                f.rightKind(), f.alarms().size(), f.controls());
        assertThat(f.cases()).as("risk lines").isGreaterThanOrEqualTo(30);
        assertThat(f.controls()).as("controls").isGreaterThanOrEqualTo(30);
        assertThat(f.found()).as("missed: %s", f.missed()).isGreaterThanOrEqualTo(foundAtLeast);
        assertThat(f.alarms().size()).as("false alarms: %s", f.alarms()).isLessThanOrEqualTo(alarmsAtMost);
    }
}
