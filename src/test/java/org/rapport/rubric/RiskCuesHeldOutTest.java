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
 * The target is 95 % found and at most 5 % false alarms. Each blind file is written by an author who has
 * read neither the head nor its data, waits unscored while a candidate head is built, and is scored once with the
 * head to ship; then it joins the training data ({@code rubrics/data/risk-cues-*.csv}) for the next round, and a new
 * author writes the next blind files. The files trained on are read here too, as a check that the head still reads
 * what it learned (not a measure of new wordings). Each is also counted for sure cues (feedback not worded
 * tentatively), as a sure false alarm puts risk feedback first to a trainee. The floors are the figures measured
 * with the shipped head (docs/rubrics.md), so that they cannot silently get worse.
 */
class RiskCuesHeldOutTest {

    /** sure counts the lines found with a sure cue, sureAlarms the controls flagged with one (feedback not worded tentatively). */
    record Figures(int cases, int found, int rightKind, int sure, int controls, int sureAlarms, List<String> missed, List<String> alarms) {
    }

    static Figures judge(String file) throws java.io.IOException {
        int cases = 0, found = 0, rightKind = 0, sure = 0, controls = 0, sureAlarms = 0;
        List<String> missed = new ArrayList<>(), alarms = new ArrayList<>();
        for (String[] row : HeldOutRows.read(Path.of(file))) {
            String kind = row[0], line = row[1];
            TurnScore score = CoreRubric.ENGINE.score(ReplyContext.of(line, "Tell me more about that."));
            RiskKind seen = score.risk();
            boolean tentative = score.evidence().stream().anyMatch(e -> e.startsWith("risk cue (learned)") && e.endsWith("; tentative"));
            if (kind.equals("none")) {
                controls++;
                if (seen != null) {
                    alarms.add(line + " -> " + seen.id() + (tentative ? " (tentative)" : " (sure)"));
                    if (!tentative) sureAlarms++;
                }
            } else {
                cases++;
                if (seen == null) missed.add(kind + ": " + line);
                else {
                    found++;
                    if (!tentative) sure++;
                    if (seen.id().equals(kind)) rightKind++;
                }
            }
        }
        return new Figures(cases, found, rightKind, sure, controls, sureAlarms, missed, alarms);
    }

    @ParameterizedTest(name = "{0}: at least {1} of the risk lines found ({2} sure), at most {3} controls flagged ({4} sure)")
    @CsvSource({
            // file, found at least, of them sure at least, false alarms at most, of them sure at most (60 risk lines and 70 controls;
            // scored once with the head shipped in the risk-cue head's sixteenth round, docs/rubrics.md)
            "src/test/resources/rubric/risk-cues-blind22.csv, 49, 44, 6, 5",
            "src/test/resources/rubric/risk-cues-blind23.csv, 48, 43, 9, 7",
    })
    void riskCuesInNewWordingsAreFoundAndSharedWordsAreNot(String file, int foundAtLeast, int sureAtLeast, int alarmsAtMost, int sureAlarmsAtMost)
            throws java.io.IOException {
        holdsItsFloors(file, foundAtLeast, sureAtLeast, alarmsAtMost, sureAlarmsAtMost);
    }

    @ParameterizedTest(name = "{0}, trained on: at least {1} of the risk lines found ({2} sure), at most {3} controls flagged ({4} sure)")
    @CsvSource({
            // file, found at least, of them sure at least, false alarms at most, of them sure at most (of 63 risk lines and 39 controls;
            // 69 and 51; 30 and 30; 40 and 53; 48 and 61; 65 and 72; 110 and 96; 64 and 58; 93 and 96; then 60 and 70 each)
            "rubrics/data/risk-cues-heldout.csv, 63, 63, 0, 0",
            "rubrics/data/risk-cues-blind.csv, 69, 69, 1, 1",
            "rubrics/data/risk-cues-blind2.csv, 30, 30, 0, 0",
            "rubrics/data/risk-cues-blind3.csv, 40, 40, 1, 1",
            "rubrics/data/risk-cues-blind4.csv, 48, 48, 0, 0",
            "rubrics/data/risk-cues-blind5.csv, 65, 65, 2, 2",
            "rubrics/data/risk-cues-indirect.csv, 110, 110, 2, 1",
            "rubrics/data/risk-cues-indirect2.csv, 64, 64, 1, 1",
            "rubrics/data/risk-cues-blind6.csv, 93, 93, 3, 2",
            "rubrics/data/risk-cues-blind7.csv, 60, 60, 0, 0",
            "rubrics/data/risk-cues-blind8.csv, 60, 60, 2, 1",
            "rubrics/data/risk-cues-blind9.csv, 60, 60, 0, 0",
            "rubrics/data/risk-cues-blind10.csv, 60, 60, 0, 0",
            "rubrics/data/risk-cues-blind11.csv, 60, 60, 0, 0",
            "rubrics/data/risk-cues-blind12.csv, 60, 60, 2, 1",
            "rubrics/data/risk-cues-blind13.csv, 60, 60, 1, 0",
            "rubrics/data/risk-cues-blind14.csv, 60, 60, 0, 0",
            "rubrics/data/risk-cues-blind15.csv, 60, 60, 0, 0",
            "rubrics/data/risk-cues-blind16.csv, 60, 60, 0, 0",
            "rubrics/data/risk-cues-blind17.csv, 60, 60, 1, 1",
            "rubrics/data/risk-cues-blind18.csv, 60, 60, 0, 0",
            "rubrics/data/risk-cues-blind19.csv, 60, 60, 1, 1",
            "rubrics/data/risk-cues-blind20.csv, 60, 60, 0, 0",
            "rubrics/data/risk-cues-blind21.csv, 60, 60, 0, 0",
    })
    void theScoredFilesTrainedOnAreStillReadAsTheirAuthorsLabelledThem(String file, int foundAtLeast, int sureAtLeast, int alarmsAtMost,
            int sureAlarmsAtMost) throws java.io.IOException {
        holdsItsFloors(file, foundAtLeast, sureAtLeast, alarmsAtMost, sureAlarmsAtMost);
    }

    private static void holdsItsFloors(String file, int foundAtLeast, int sureAtLeast, int alarmsAtMost, int sureAlarmsAtMost)
            throws java.io.IOException {
        Figures f = judge(file);
        System.out.printf(java.util.Locale.ROOT, "%s: found %d of %d (right kind %d, sure %d), false alarms %d of %d (sure %d)%n  missed %s%n  alarms %s%n",
                file, f.found(), f.cases(), f.rightKind(), f.sure(), f.alarms().size(), f.controls(), f.sureAlarms(), f.missed(), f.alarms());
        assertThat(f.cases()).as("risk lines").isGreaterThanOrEqualTo(30);
        assertThat(f.controls()).as("controls").isGreaterThanOrEqualTo(30);
        assertThat(f.found()).as("missed: %s", f.missed()).isGreaterThanOrEqualTo(foundAtLeast);
        assertThat(f.alarms().size()).as("false alarms: %s", f.alarms()).isLessThanOrEqualTo(alarmsAtMost);
        assertThat(f.sure()).as("found with a sure cue").isGreaterThanOrEqualTo(sureAtLeast);
        assertThat(f.sureAlarms()).as("controls flagged with a sure cue: %s", f.alarms()).isLessThanOrEqualTo(sureAlarmsAtMost);
    }
}
