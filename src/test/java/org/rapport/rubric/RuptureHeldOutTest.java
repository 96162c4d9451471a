package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Client lines written before the rupture corpus was grown and never used to train or tune the rupture
 * head (src/test/resources/rubric/rupture-heldout.csv): withdrawal and confrontation ruptures and controls
 * that share their words or answer briefly but engaged, read alone; and lines in context. The target
 * is at least 85 % found and at most 10 % false alarms; the engine finds more than that in the five files read
 * before (not in the fourth and seventh blind files, written with ruptures after good replies), and flags under one
 * control in ten in all of them; each figure
 * is held here so that it cannot silently get worse (docs/rubrics.md gives the figures).
 */
class RuptureHeldOutTest {

    /** Found when these lines, read alone, were measured with the shipped head (65 of 67, with the line's own rupture signs as before them; 64 before the reply-reading and who-it-is-about features, 63 before the challenge features); the target is 0.85. */
    static final double FOUND = 0.97;
    /** False alarms when measured (2 of 41 controls with the line's own rupture signs; 4 before them, 6 before the challenge features), under the 0.10. */
    static final double FALSE_ALARMS = 0.049;

    @Test
    void theEngineFindsRupturesInUnseenLinesAndFlagsNoMoreControlsThanWhenMeasured() throws Exception {
        String file = "src/test/resources/rubric/rupture-heldout.csv";
        List<String[]> rows = HeldOutRows.read(Path.of(file));
        List<RuptureKind> read = CoreRubric.ENGINE.rupturesIn(ClientLine.alone(rows.stream().map(r -> r[1]).toList()));
        check(file, rows.stream().map(r -> r[0]).toList(), rows.stream().map(r -> r[1]).toList(), read, 60, 40, FOUND, FALSE_ALARMS);
    }

    /**
     * Client lines in context (the client's previous line, the trainee's reply, the line), each file written and
     * committed before the change it first measured, and scored once before it was trained on (the blind files are
     * training data from the round after); the floors are the figures measured, so that none silently gets worse:
     * <ul>
     * <li>{@code rupture-in-context-heldout.csv}, written before the head read context (the same short answer is
     * a withdrawal after an open account met with advice, and an answer after a closed question): 37 of 41 found,
     * 2 of 61 controls flagged with the reply-reading and who-it-is-about features (36 and 7 before them, 8 flagged
     * before the challenge features);
     * <li>{@code rupture-in-context-blind.csv}, written before the head was retuned for its false alarms: 23 of 28
     * found and 6 of 39 flagged when scored once, 26 of 28 and 1 of 39 with the challenge features and since;
     * <li>{@code rupture-blind2.csv}, written before the head read complaints, sarcasm, later topic shifts and
     * arrangements: 30 of 33 and 6 of 42 when scored once, 32 of 33 and 4 of 42 with the challenge features, 32 of 33
     * and 2 of 42 with the reply-reading features;
     * <li>{@code rupture-blind3.csv} (withdrawal and confrontation, and controls sharing their words: short but
     * engaged answers, complaints about other people, "I guess" said plainly), written before the challenge, offer
     * and who-is-complained-about features: 34 of 36 and 5 of 46 when scored once, 34 of 36 and 4 of 46 after them,
     * 35 of 36 and 2 of 46 with the reply-reading features (no longer blind: its per-line results had been read);
     * <li>{@code rupture-blind4.csv}, written by an author who had read neither the head nor its data, before the
     * reply-reading features, with replies of every quality before ruptures and controls alike: 29 of 43 found and
     * 4 of 59 flagged when scored once with them (the head shipped before them: 33 of 43 and 7 of 59); 32 of 43 and 4 of 59
     * with the line's own rupture signs (no longer blind: its per-line results had been read);
     * <li>{@code rupture-blind5.csv}, written by another author, many of its ruptures after good replies: scored once
     * with the head that reads the line's own rupture signs (complaints about the work and the counsellor, denial,
     * appeasing), after it was final: 33 of 50 found and 2 of 60 flagged (the head before it: 27 of 50, 0 of 60); 47 of 50
     * and 1 of 60 with the plain-wording features (no longer blind: its misses were studied for kinds of wording);
     * <li>{@code rupture-blind6.csv}, written by another author, most of its ruptures after good replies: scored once with
     * the head that reads plain-worded ruptures (breezy closers, small talk, joking, stacked agreement, the counsellor's
     * manner, forms and recording), after it was final: 28 of 50 found and 2 of 60 flagged (the head before it: 25 of 50,
     * 1 of 60); 44 of 50 and 1 of 60 with the counsellor's-actions and leaving-the-reflection features (no longer blind:
     * its misses were studied for kinds of wording);
     * <li>{@code rupture-blind7.csv}, written by another author before those features: scored once with them, after the
     * head was final: 34 of 50 found (all of the right kind) and 4 of 60 flagged (the head before them: 28 of 50, 3 of 60);
     * <li>{@code rupture-blind8.csv}, written by another author, scored once with the head shipped: 39 of 50 found and 6 of
     * 60 flagged (a candidate trained on the second to seventh files as well: 41 of 50 and 8 of 60, not shipped);
     * <li>{@code rupture-blind9.csv}, written by another author, scored once with the head shipped before (41 of 50 found,
     * 3 of 60 flagged) and once with the head now shipped, trained on the second to eighth files as well: 42 of 50 and
     * 3 of 60;
     * <li>{@code rupture-blind10.csv}, written by another author, scored once with the head shipped: 42 of 50 found and
     * 4 of 60 flagged (a candidate trained on the ninth file as well: 42 of 50 and 5 of 60, not shipped);
     * <li>{@code rupture-blind11.csv}, written by another author, scored once with the head shipped before (30 of 50
     * found, 4 of 60 flagged) and once with the head now shipped, trained on the second to tenth files: 32 of 50 and
     * 4 of 60. Its author's ruptures are quieter than the others' (asking to finish early, "living the dream", a
     * silence over a phone): the head misses them;
     * <li>{@code rupture-blind12.csv}, written by another author asked for quiet and polite ruptures, scored once with the
     * head shipped: 33 of 50 found and 2 of 60 flagged (a candidate trained on the eleventh file as well: 35 of 50 and 2
     * of 60, not shipped: it found one line fewer of {@code rupture-heldout.csv}, read alone, than that file is held to);
     * <li>{@code rupture-blind13.csv}, written by another author, scored once with the head shipped: 28 of 50 found and 2
     * of 60 flagged (a candidate trained on the eleventh and twelfth files as well, with three more line features: 32 of
     * 50 and 2 of 60, not shipped for the same reason);
     * <li>{@code rupture-blind14.csv}, written by another author, scored once with the head shipped: 41 of 50 found and 5
     * of 60 flagged (a candidate trained on the eleventh to thirteenth files as well, with the three line features: 42 of
     * 50 and 8 of 60, not shipped: it also flagged more controls of the fourth and eighth files than they are held to);
     * <li>{@code rupture-blind15.csv}, written by another author asked for ruptures after a misstep and controls that
     * share their surface, scored once with the head shipped: 39 of 50 found and 3 of 60 flagged;
     * <li>{@code rupture-blind16.csv}, written by another author before the head now shipped was built, scored once with
     * the head shipped before (38 of 50 found, 5 of 60 flagged) and once with the head now shipped, trained on the
     * eleventh to fifteenth files as well: 42 of 50 and 6 of 60.
     * </ul>
     * The second to fifteenth files are training data now ({@code rubrics/data/rupture-blind*.csv}): their floors are what
     * the head reads in them, a check that it still reads what it learned, not a measure. They were set again when the
     * eleventh to fifteenth files joined the training data: a head trained on more lines reads a line or two of each
     * file differently (the fourth and eighth files' controls 6 of 59 and 7 of 60 flagged, against 3 and 5 before),
     * while the files it was never trained on hold their floors.
     * Since those features the other files read: the first 38 of 41 and 2 of 61, the second 26 of 28 and 0 of 39, the
     * second blind file 32 of 33 and 0 of 42, the third 35 of 36 and 2 of 46, the fourth 36 of 43 and 4 of 59, the fifth
     * 47 of 50 and 1 of 60.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "src/test/resources/rubric/rupture-in-context-heldout.csv, 40, 60, 0.92, 0.033",
            "src/test/resources/rubric/rupture-in-context-blind.csv,   28, 39, 0.92, 0.0",
            "rubrics/data/rupture-blind2.csv,                          30, 40, 0.96, 0.0",
            "rubrics/data/rupture-blind3.csv,                          35, 45, 1.0,  0.022",
            "rubrics/data/rupture-blind4.csv,                          43, 59, 0.95, 0.102",
            "rubrics/data/rupture-blind5.csv,                          50, 60, 0.96, 0.017",
            "rubrics/data/rupture-blind6.csv,                          50, 60, 0.90, 0.034",
            "rubrics/data/rupture-blind7.csv,                          50, 60, 0.88, 0.034",
            "rubrics/data/rupture-blind8.csv,                          50, 60, 0.90, 0.117",
            "rubrics/data/rupture-blind9.csv,                          50, 60, 0.92, 0.017",
            "rubrics/data/rupture-blind10.csv,                         50, 60, 0.90, 0.05",
            "rubrics/data/rupture-blind11.csv,                         50, 60, 0.84, 0.05",
            "rubrics/data/rupture-blind12.csv,                         50, 60, 0.86, 0.017",
            "rubrics/data/rupture-blind13.csv,                         50, 60, 0.76, 0.017",
            "rubrics/data/rupture-blind14.csv,                         50, 60, 0.94, 0.05",
            "rubrics/data/rupture-blind15.csv,                         50, 60, 0.88, 0.067",
            "src/test/resources/rubric/rupture-blind16.csv,            50, 60, 0.84, 0.10"})
    void theEngineReadsUnseenLinesInTheirContext(String file, int minRuptures, int minControls, double minFound,
            double maxFalseAlarms) throws Exception {
        List<String[]> rows = HeldOutRows.read(Path.of(file));
        List<ClientLine> lines = rows.stream().map(r -> new ClientLine(r[1], r[2], r[3])).toList();
        List<RuptureKind> read = CoreRubric.ENGINE.rupturesIn(lines);
        check(file, rows.stream().map(r -> r[0]).toList(), rows.stream().map(r -> r[3]).toList(), read, minRuptures, minControls,
                minFound, maxFalseAlarms);
    }

    private static void check(String file, List<String> labels, List<String> texts, List<RuptureKind> read, int minRuptures, int minControls,
            double minFound, double maxFalseAlarms) {
        int ruptures = 0, found = 0, controls = 0, alarms = 0;
        List<String> missed = new ArrayList<>(), flagged = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equals("none")) {
                controls++;
                if (read.get(i) != null) {
                    alarms++;
                    flagged.add(texts.get(i));
                }
            } else {
                ruptures++;
                if (read.get(i) != null) found++;
                else missed.add(labels.get(i) + ": " + texts.get(i));
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%s: ruptures found %d of %d, controls flagged %d of %d%n  missed %s%n  flagged %s%n",
                file, found, ruptures, alarms, controls, missed, flagged);
        assertThat(ruptures).isGreaterThanOrEqualTo(minRuptures);
        assertThat(controls).isGreaterThanOrEqualTo(minControls);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat((double) found / ruptures).as("found %d of %d; missed %s", found, ruptures, missed).isGreaterThanOrEqualTo(minFound);
        soft.assertThat((double) alarms / controls).as("%d of %d controls flagged: %s", alarms, controls, flagged).isLessThanOrEqualTo(maxFalseAlarms);
        soft.assertAll();
    }
}
