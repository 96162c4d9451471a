package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.judgement.AuthoredCorpus;

/**
 * Client lines written and committed before the cultural-opportunity head was retuned for lines that name
 * people, family, school, food, places or a greeting in another language, and never used to train or tune
 * it (src/test/resources/rubric/cultural-opportunity-blind.csv), answered with an ordinary reflection. The
 * issue's target is at least 85 % of opportunities found; the floors hold what was measured when the set
 * was scored, once (docs/rubrics.md gives the figures).
 */
class CulturalOpportunityBlindTest {

    static final String REPLY = "It sounds like that has been weighing on you.";
    /**
     * Each blind file, answered with an ordinary reflection, and its floors as measured:
     * <ul>
     * <li>{@code cultural-opportunity-blind.csv}: 30 of 34 opportunities found, none of 46 ordinary lines scored;
     * <li>{@code cultural-opportunity-blind2.csv}, written before the head was retuned for grief, family and work
     * lines read as opportunities: 30 of 32 when scored once, 29 of 32 once the head read lived markers
     * (practices, papers, an interpreter, rent, hearing aids), which raised found by grouped cross-validation
     * from 83 % to 88 % at the same false alarms; its shared-word controls (grief, family, work, a church hall)
     * scored 7 of 42 when measured once, 6 of 42 with the lived markers;
     * <li>{@code cultural-opportunity-blind3.csv}, across all nine dimensions, with controls sharing the words (a
     * holiday, a church hall, a religious idiom, a country or language in passing), written before the head was
     * retrained: 30 of 32 found and 12 of 46 controls scored when scored once (a colleague's country, a
     * neighbour's wheelchair, a mosque food bank, a synagogue on the way), 32 of 32 and 9 of 46 with the lived
     * markers (no longer blind: its per-line results had been read); held so it gets no worse;
     * <li>{@code cultural-opportunity-blind4.csv}, written by an author who had read neither the head nor its data,
     * with controls about hearing voices and speech among the shared words, scored once after the head learned
     * them: 43 of 46 found, 9 of 56 controls scored (none about hearing voices; a stammer, fast talk, office jargon
     * as "my own language", a name, "my generation", a wheelchair ramp, a parent abroad); after the retraining on
     * opportunities said indirectly and hard controls (no longer blind) 45 of 46 and 8 of 56, held so it gets no worse;
     * <li>{@code cultural-opportunity-blind5.csv}, by the same kind of author, scored once after that retraining: 46 of 52
     * found, 14 of 55 controls scored (ages, jobs and places in passing: "I'm a nurse, I'm fifty-one", a Spanish teacher,
     * a sign language interpreter, Lourdes for the food); after the retraining on identities said without their words and
     * culture named as an aside (no longer blind) 50 of 52 and 6 of 55, held so it gets no worse;
     * <li>{@code cultural-opportunity-blind6.csv}, by the same kind of author, scored once after that retraining: 45 of 55
     * found, 11 of 55 controls scored (a grandson with "the new words", a banking app, a wheelchair and waiters, dyslexia
     * unnamed missed; a carer among people in their nineties, a wife's faith waved off, a Chinese takeaway scored);
     * <li>{@code cultural-opportunity-blind7.csv}, by the same kind of author, scored once with the head shipped: 50 of 55
     * found, 10 of 55 controls scored (a candidate trained on the six earlier files as well: 49 of 55 and 7 of 55, not
     * shipped: it scored a line about voices and missed a fast kept for a late father, both tuned cases);
     * <li>{@code cultural-opportunity-blind8.csv}, by the same kind of author, scored once with the head shipped: 49 of 55
     * found, 12 of 55 controls scored (that candidate: 49 of 55 and 8 of 55);
     * <li>{@code cultural-opportunity-blind9.csv} and {@code cultural-opportunity-blind10.csv}, by two more such authors,
     * each scored once with the head shipped: 52 of 55 found and 19 of 55 controls scored; 52 of 55 and 28 of 55 (two
     * candidates, not shipped: 52 and 17 on the ninth, 52 and 19 on the tenth; both scored more of the shipped
     * scenarios' own lines);
     * <li>{@code cultural-opportunity-blind11.csv}, by another such author, scored once with the head shipped: 52 of 55
     * found and 17 of 55 controls scored (a candidate trained on the first ten files and the shipped scenarios' lines
     * as well: 51 of 55 and 12 of 55, not shipped: it found 17 of the scenarios' 31 opportunities, trained on them);
     * <li>{@code cultural-opportunity-blind12.csv}, by another such author asked for indirect opportunities and hard
     * controls, scored once with the head shipped: 45 of 55 found and 22 of 55 controls scored (a candidate trained on
     * the first twelve files, not shipped: it scored 21 of the shipped scenarios' 679 ordinary lines, 17 at 0.55,
     * against the 13 the head shipped scores, and lost lines of the files it was trained on);
     * <li>{@code cultural-opportunity-blind13.csv}, by another such author asked for realistic hard controls (identity
     * named while the concern is elsewhere, logistics, "that's not the issue"), scored once with the head shipped: 49 of
     * 55 found and 26 of 55 controls scored;
     * <li>{@code cultural-opportunity-blind14.csv}, by another such author asked for identities named and set aside,
     * scored once with the head shipped: 52 of 55 found and 20 of 55 controls scored (a candidate trained also on 109
     * authored asides and look-alike opportunities, not shipped: 52 of 55 and 17 of 55, but it found 22 of the
     * scenarios' 31 opportunities and failed the humility reply files; at 0.40 it failed ten files' floors).
     * </ul>
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "src/test/resources/rubric/cultural-opportunity-blind.csv,  0.88, 0.0",
            "src/test/resources/rubric/cultural-opportunity-blind2.csv, 0.90, 0.143",
            "rubrics/data/cultural-opportunity-blind3.csv,              1.0,  0.196",
            "src/test/resources/rubric/cultural-opportunity-blind4.csv, 0.97, 0.143",
            "src/test/resources/rubric/cultural-opportunity-blind5.csv, 0.96, 0.11",
            "src/test/resources/rubric/cultural-opportunity-blind6.csv, 0.818, 0.20",
            "src/test/resources/rubric/cultural-opportunity-blind7.csv, 0.909, 0.182",
            "src/test/resources/rubric/cultural-opportunity-blind8.csv, 0.89, 0.219",
            "src/test/resources/rubric/cultural-opportunity-blind9.csv, 0.945, 0.346",
            "src/test/resources/rubric/cultural-opportunity-blind10.csv, 0.945, 0.51",
            "src/test/resources/rubric/cultural-opportunity-blind11.csv, 0.945, 0.31",
            "src/test/resources/rubric/cultural-opportunity-blind12.csv, 0.818, 0.40",
            "src/test/resources/rubric/cultural-opportunity-blind13.csv, 0.89, 0.473",
            "src/test/resources/rubric/cultural-opportunity-blind14.csv, 0.945, 0.364"})
    void opportunitiesInUnseenLinesAreScoredAndOrdinaryTalkAndSharedWordsAreNot(String file, double minFound,
            double maxFalseAlarms) throws Exception {
        check(file, minFound, maxFalseAlarms);
    }

    private static void check(String file, double minFound, double maxFalseAlarms) throws Exception {
        AuthoredCorpus c = AuthoredCorpus.read(Path.of(file), List.of("label", "dimension", "text"));
        List<ReplyContext> replies = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) replies.add(ReplyContext.of(c.nonEmpty(i, "text"), REPLY));
        List<TurnScore> scores = CoreRubric.ENGINE.scoreAll(replies);
        int opportunities = 0, found = 0, controls = 0, alarms = 0;
        List<String> missed = new ArrayList<>(), flagged = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            boolean scored = scores.get(i).score(TurnScore.CULTURAL_HUMILITY) != null;
            if (c.require(i, "label", List.of("opportunity", "none")).equals("opportunity")) {
                opportunities++;
                if (scored) found++;
                else missed.add(c.get(i, "text"));
            } else {
                controls++;
                if (scored) {
                    alarms++;
                    flagged.add(c.get(i, "text"));
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%s: opportunities found %d of %d, controls scored %d of %d%n  missed %s%n  scored %s%n",
                file, found, opportunities, alarms, controls, missed, flagged);
        assertThat(opportunities).isGreaterThanOrEqualTo(30);
        assertThat(controls).isGreaterThanOrEqualTo(40);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat((double) found / opportunities).as("found %d of %d; missed %s", found, opportunities, missed).isGreaterThanOrEqualTo(minFound);
        soft.assertThat((double) alarms / controls).as("%d of %d controls scored: %s", alarms, controls, flagged).isLessThanOrEqualTo(maxFalseAlarms);
        soft.assertAll();
    }
}
