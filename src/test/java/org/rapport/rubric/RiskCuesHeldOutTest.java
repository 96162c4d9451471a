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
 * exemplar features and scored once when they were done; risk-cues-blind3.csv was written before the third
 * retraining and scored once with the head shipped before it; risk-cues-blind4.csv was written before the
 * who-harms-whom and passive-suicide features, which were not shipped, and scored once with the shipped head;
 * risk-cues-blind5.csv was written by an author who had read neither the head nor its data and scored once with
 * the shipped head; risk-cues-indirect.csv (warning signs said by what is done or planned, and controls from
 * ordinary session talk) was written for the sixth round, used once in a grouped cross-validation of a head not
 * shipped, and scored once with the shipped head; risk-cues-indirect2.csv (the same signs in other wordings, each
 * with controls sharing its words) was written for the seventh round after reading that file, used in its grouped
 * cross-validations, and scored once with the shipped head, so it is a development check; risk-cues-blind6.csv and
 * risk-cues-blind7.csv were written by authors who had read neither the head nor its data, waited unscored through a
 * round whose candidate head was not shipped, and were scored once with the shipped head; risk-cues-blind8.csv likewise, scored once
 * with the same head two rounds later; risk-cues-blind9.csv and risk-cues-blind10.csv, by two more such authors, were scored once
 * with a candidate head trained on every earlier file (not shipped) and once with the shipped head. Each is also counted for sure cues (feedback
 * not worded tentatively), as a sure false alarm puts risk feedback first to a trainee. The floors are the figures measured with the
 * shipped head (docs/rubrics.md), so that they cannot silently get worse.
 */
class RiskCuesHeldOutTest {

    /** sure counts the lines found with a sure cue, sureAlarms the controls flagged with one (feedback not worded tentatively). */
    record Figures(int cases, int found, int rightKind, int sure, int controls, int sureAlarms, List<String> missed, List<String> alarms) {
    }

    static Figures judge(String file) throws java.io.IOException {
        int cases = 0, found = 0, rightKind = 0, sure = 0, controls = 0, sureAlarms = 0;
        List<String> missed = new ArrayList<>(), alarms = new ArrayList<>();
        for (String[] row : HeldOutRows.read(Path.of("src/test/resources/rubric", file))) {
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
            // file, found at least, of them sure at least, false alarms at most, of them sure at most
            // (of 63 risk lines and 39 controls; 69 and 51; 30 and 30; 40 and 53; 48 and 61; 65 and 72; 110 and 96; 64 and 58; 93 and 96; 60 and 70;
            // 60 and 70; 60 and 70; 60 and 70)
            "risk-cues-heldout.csv, 36, 28, 2, 2",
            "risk-cues-blind.csv, 35, 26, 7, 5",
            "risk-cues-blind2.csv, 22, 17, 2, 1",
            "risk-cues-blind3.csv, 33, 28, 6, 3",
            "risk-cues-blind4.csv, 38, 32, 7, 7",
            "risk-cues-blind5.csv, 46, 39, 6, 5",
            "risk-cues-indirect.csv, 32, 17, 10, 8",
            "risk-cues-indirect2.csv, 25, 14, 1, 1",
            "risk-cues-blind6.csv, 63, 55, 18, 14",
            "risk-cues-blind7.csv, 46, 40, 10, 5",
            "risk-cues-blind8.csv, 42, 32, 10, 9",
            "risk-cues-blind9.csv, 52, 47, 13, 8",
            "risk-cues-blind10.csv, 32, 28, 6, 5",
    })
    void riskCuesInNewWordingsAreFoundAndSharedWordsAreNot(String file, int foundAtLeast, int sureAtLeast, int alarmsAtMost, int sureAlarmsAtMost)
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
