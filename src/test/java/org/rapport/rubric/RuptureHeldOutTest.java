package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Client lines written before the rupture corpus was grown and never used to train or tune the rupture
 * head (src/test/resources/rubric/rupture-heldout.csv): withdrawal and confrontation ruptures and controls
 * that share their words or answer briefly but engaged, read alone; and lines in context. The target
 * is at least 85 % found and at most 10 % false alarms; the engine finds more than that, and flags under one
 * control in ten in three of the five files (one in nine in the oldest in-context file); each figure is held
 * here so that it cannot silently get worse (docs/rubrics.md gives the figures).
 */
class RuptureHeldOutTest {

    /** Found when these lines, read alone, were measured with the shipped head (64 of 67; 63 before the challenge features); the target is 0.85. */
    static final double FOUND = 0.95;
    /** False alarms when measured (4 of 41 controls; 6 before the challenge features), under the 0.10. */
    static final double FALSE_ALARMS = 0.098;

    /** Found in the blind lines in context when measured (36 of 41); the target is 0.85. */
    static final double IN_CONTEXT_FOUND = 0.87;
    /** False alarms in the blind lines in context when measured (7 of 61 controls; 8 before the challenge features); above the 0.10, held so it gets no worse. */
    static final double IN_CONTEXT_FALSE_ALARMS = 0.115;

    /** Found in the blind lines in context (23 of 28 when scored once after the first retuning; 26 of 28 with the challenge features). */
    static final double BLIND_FOUND = 0.92;
    /** False alarms there (6 of 39 controls when scored once; 1 of 39 with the challenge features). */
    static final double BLIND_FALSE_ALARMS = 0.026;

    /** Found in the second blind file (30 of 33 when scored once after the head read complaints, sarcasm, later topic shifts and arrangements; 32 of 33 with the challenge features). */
    static final double BLIND2_FOUND = 0.96;
    /** False alarms there (6 of 42 controls when scored once; 4 of 42 with the challenge features). */
    static final double BLIND2_FALSE_ALARMS = 0.096;

    /**
     * Found in the third blind file: 34 of 36 when scored once with the head shipped when it was written, and 34
     * of 36 again with the challenge, offer and who-is-complained-about features (after which it is no longer
     * blind: its per-line results had been read).
     */
    static final double BLIND3_FOUND = 0.94;
    /** False alarms there: 5 of 46 controls when scored once, 4 of 46 with the new features, under the 0.10. */
    static final double BLIND3_FALSE_ALARMS = 0.087;

    @Test
    void theEngineFindsRupturesInUnseenLinesAndFlagsNoMoreControlsThanWhenMeasured() throws Exception {
        List<String[]> rows = HeldOutRows.read(Path.of("src/test/resources/rubric/rupture-heldout.csv"));
        List<RuptureKind> read = CoreRubric.ENGINE.rupturesIn(ClientLine.alone(rows.stream().map(r -> r[1]).toList()));
        check(rows.stream().map(r -> r[0]).toList(), rows.stream().map(r -> r[1]).toList(), read, 60, 40, FOUND, FALSE_ALARMS);
    }

    /**
     * Client lines in context (src/test/resources/rubric/rupture-in-context-heldout.csv: the client's previous
     * line, the trainee's reply, the line), written before the head read context and never used to train or
     * tune it: the same short answer is a withdrawal after an open account met with advice and an answer
     * after a closed question.
     */
    @Test
    void theEngineReadsUnseenLinesInTheirContext() throws Exception {
        List<String[]> rows = HeldOutRows.read(Path.of("src/test/resources/rubric/rupture-in-context-heldout.csv"));
        List<ClientLine> lines = rows.stream().map(r -> new ClientLine(r[1], r[2], r[3])).toList();
        List<RuptureKind> read = CoreRubric.ENGINE.rupturesIn(lines);
        check(rows.stream().map(r -> r[0]).toList(), rows.stream().map(r -> r[3]).toList(), read, 40, 60, IN_CONTEXT_FOUND, IN_CONTEXT_FALSE_ALARMS);
    }

    /**
     * Client lines in context written before the rupture head was retuned for its false alarms (more epochs,
     * thresholds chosen again on the tuning half) and never used to train or tune it
     * (src/test/resources/rubric/rupture-in-context-blind.csv), scored once with the retuned head.
     */
    @Test
    void theEngineReadsBlindLinesInTheirContextAfterRetuning() throws Exception {
        List<String[]> rows = HeldOutRows.read(Path.of("src/test/resources/rubric/rupture-in-context-blind.csv"));
        List<ClientLine> lines = rows.stream().map(r -> new ClientLine(r[1], r[2], r[3])).toList();
        List<RuptureKind> read = CoreRubric.ENGINE.rupturesIn(lines);
        check(rows.stream().map(r -> r[0]).toList(), rows.stream().map(r -> r[3]).toList(), read, 28, 39, BLIND_FOUND, BLIND_FALSE_ALARMS);
    }

    /**
     * A second blind file of lines in context (src/test/resources/rubric/rupture-blind2.csv), written and
     * committed before the head was retuned for the first blind file's misses and false alarms, never used
     * to train or tune it, and scored once with the retuned head.
     */
    @Test
    void theEngineReadsASecondBlindFileInContext() throws Exception {
        List<String[]> rows = HeldOutRows.read(Path.of("src/test/resources/rubric/rupture-blind2.csv"));
        List<ClientLine> lines = rows.stream().map(r -> new ClientLine(r[1], r[2], r[3])).toList();
        List<RuptureKind> read = CoreRubric.ENGINE.rupturesIn(lines);
        check(rows.stream().map(r -> r[0]).toList(), rows.stream().map(r -> r[3]).toList(), read, 30, 40, BLIND2_FOUND, BLIND2_FALSE_ALARMS);
    }

    /**
     * A third blind file of lines in context (rubrics/data/rupture-blind3.csv): withdrawal and confrontation,
     * and controls sharing their words (short but engaged answers, complaints about other people, "I guess"
     * used plainly), written and committed before the head was given its structural features and retrained,
     * never used to train or tune it.
     */
    @Test
    void theEngineReadsAThirdBlindFileInContext() throws Exception {
        List<String[]> rows = HeldOutRows.read(Path.of("rubrics/data/rupture-blind3.csv"));
        List<ClientLine> lines = rows.stream().map(r -> new ClientLine(r[1], r[2], r[3])).toList();
        List<RuptureKind> read = CoreRubric.ENGINE.rupturesIn(lines);
        check(rows.stream().map(r -> r[0]).toList(), rows.stream().map(r -> r[3]).toList(), read, 35, 45, BLIND3_FOUND, BLIND3_FALSE_ALARMS);
    }

    private static void check(List<String> labels, List<String> texts, List<RuptureKind> read, int minRuptures, int minControls,
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
        assertThat(ruptures).isGreaterThanOrEqualTo(minRuptures);
        assertThat(controls).isGreaterThanOrEqualTo(minControls);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat((double) found / ruptures).as("found %d of %d; missed %s", found, ruptures, missed).isGreaterThanOrEqualTo(minFound);
        soft.assertThat((double) alarms / controls).as("%d of %d controls flagged: %s", alarms, controls, flagged).isLessThanOrEqualTo(maxFalseAlarms);
        soft.assertAll();
    }
}
