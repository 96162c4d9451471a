package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.judgement.AuthoredCorpus;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Branch;
import org.rapport.scenario.ScenarioLoader;

/**
 * Every client line of the shipped scenarios (each beat's line and each reaction), answered with an
 * ordinary reflection: cultural humility is scored on the lines that bring a cultural opportunity and
 * on few others. The lines that bring one were judged by hand
 * (src/test/resources/rubric/scenario-cultural-opportunities.csv); a name, a family member, school,
 * food or a greeting in another language is not one, so a plain reply to "Hana made me come" earns no
 * cultural-humility praise or flag. docs/rubrics.md gives the figures.
 */
class ShippedScenarioCulturalOpportunitiesTest {

    static final Path SCENARIOS = Path.of("scenarios");
    static final Path EXPECTED = Path.of("src/test/resources/rubric/scenario-cultural-opportunities.csv");
    static final String REPLY = "It sounds like a lot has been sitting with you.";

    /**
     * Opportunities found when measured (25 of 31; 19 of 29 before the head read cultural markers), held so
     * that it gets no worse; the target is 0.85, not met here.
     */
    static final double FOUND = 0.80;
    /**
     * Lines bringing no opportunity that are scored when measured (13 of 675; 15 of 671 before the head read
     * whose line it is and passing errands, 58 of 675 before it read cultural markers). The 13th is a line added
     * to Zainab's scenario after the head was trained ("...not be anyone's anything", her wish to disappear),
     * new to the head and read as one: a false alarm the shipped head makes, counted rather than reworded away.
     */
    static final double FALSE_ALARMS = 13.0 / 675;

    @Test
    void culturalHumilityIsScoredWhereTheClientBringsAnOpportunityAndRarelyElsewhere() throws Exception {
        AuthoredCorpus expected = AuthoredCorpus.read(EXPECTED, List.of("scenario", "beat", "expect", "dimension", "text"));
        Map<String, String> expect = new LinkedHashMap<>();
        for (int i = 0; i < expected.size(); i++) {
            expect.put(normalised(expected.nonEmpty(i, "text")), expected.require(i, "expect", List.of("opportunity", "either")));
        }
        Set<String> lines = new LinkedHashSet<>();
        ScenarioLoader loader = new ScenarioLoader();
        for (Path file : ScenarioLoader.scenarioFiles(SCENARIOS)) {
            for (Beat b : loader.load(file).beats()) {
                if (b.client() != null && !b.client().isBlank()) lines.add(normalised(b.client()));
                for (Branch r : b.branches()) if (r.say() != null && !r.say().isBlank()) lines.add(normalised(r.say()));
            }
        }
        assertThat(lines).as("every listed line is a shipped client line").containsAll(expect.keySet());
        List<String> texts = List.copyOf(lines);
        List<ReplyContext> replies = texts.stream().map(t -> ReplyContext.of(t, REPLY)).toList();
        List<TurnScore> scores = CoreRubric.ENGINE.scoreAll(replies);
        int opportunities = 0, found = 0, controls = 0, alarms = 0;
        List<String> missed = new ArrayList<>(), flagged = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean scored = scores.get(i).score(TurnScore.CULTURAL_HUMILITY) != null;
            String e = expect.get(texts.get(i));
            if ("opportunity".equals(e)) {
                opportunities++;
                if (scored) found++;
                else missed.add(texts.get(i));
            } else if (e == null) {
                controls++;
                if (scored) {
                    alarms++;
                    flagged.add(texts.get(i));
                }
            }
        }
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat((double) found / opportunities).as("found %d of %d; missed %s", found, opportunities, missed).isGreaterThanOrEqualTo(FOUND);
        soft.assertThat((double) alarms / controls).as("%d of %d lines without an opportunity scored: %s", alarms, controls, flagged)
                .isLessThanOrEqualTo(FALSE_ALARMS);
        soft.assertAll();
    }

    /** Openers where someone in the family sent the client: Zainab's (a shipped scenario) and Maya's (the practice client). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (sleeves pulled over her hands) Hana made me come. It's not a big deal. Everyone thinks I'm fine, so. I am fine. | So being here wasn't your idea, and part of you wants me to know you're okay.
            I don't really know why I'm here. My sister kind of made me come.                                                 | Your sister's idea, not yours.
            """)
    void aPlainReflectionOfAnOpenerAboutWhoSentTheClientIsNotScoredForCulturalHumility(String client, String reply) {
        assertThat(CoreRubric.ENGINE.score(ReplyContext.of(client, reply)).score(TurnScore.CULTURAL_HUMILITY)).isNull();
    }

    static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
