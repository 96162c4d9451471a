package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The core rubric's judgement of realistic client/reply pairs (src/test/resources/rubric/replies.yaml):
 * behaviour codes, EPITOME mechanisms, roadblocks, boundary detection and boundary-setting bands.
 */
class ReplyJudgementTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = ReplyJudgementTest.class.getResourceAsStream("/rubric/replies.yaml")) {
            List<CalibrationCase> cases = new YAMLMapper().readValue(in, new TypeReference<List<CalibrationCase>>() {
            });
            return cases.stream().map(c -> Arguments.of(c.name(), c));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void engineAgreesWithTheSupervisor(String name, CalibrationCase c) {
        ReplyContext base = ReplyContext.of(c.client().isBlank() ? null : c.client(), c.reply());
        ReplyContext context = new ReplyContext(base.history(), c.reply(), c.boundary() == null ? null : BoundaryKind.parse(c.boundary()));

        TurnScore score = CoreRubric.ENGINE.score(context);

        assertThat(Calibration.disagreements(c.expect(), score))
                .as("evidence: %s", score.evidence())
                .isEmpty();
    }

    @Test
    void everyReplyGetsEvidenceAndFeedbackAndEveryCriterionIsReported() {
        TurnScore score = CoreRubric.ENGINE.score(ReplyContext.of(
                "I can't sleep. My mind just keeps racing about everything.",
                "You should stop looking at your phone before bed."));

        assertThat(score.scores()).containsOnlyKeys(TurnScore.EMPATHY, TurnScore.ACTIVE_LISTENING, TurnScore.BOUNDARY_SETTING,
                TurnScore.CULTURAL_HUMILITY);
        assertThat(score.score(TurnScore.BOUNDARY_SETTING)).isNull();
        assertThat(score.score(TurnScore.CULTURAL_HUMILITY)).as("no cultural opportunity in a line about sleep").isNull();
        assertThat(score.evidence()).isNotEmpty();
        assertThat(score.feedback()).anySatisfy(f -> assertThat(f).contains("advising"));
    }

    @Test
    void validationThatNamesNothingIsFedBackAsOnlyClaimingUnderstanding() {
        String client = "My dad died last month and since then nobody calls anymore.";
        TurnScore empty = CoreRubric.ENGINE.score(ReplyContext.of(client, "I can imagine how you feel."));
        TurnScore named = CoreRubric.ENGINE.score(ReplyContext.of(client, "I can imagine how lonely the evenings have been since he died."));

        String onlyClaims = CoreRubric.LIBRARY.get("core").criterion(TurnScore.EMPATHY).orElseThrow().feedback("only_claims").strip();
        assertThat(empty.feedback()).contains(onlyClaims);
        assertThat(named.feedback()).doesNotContain(onlyClaims);
        assertThat(named.score(TurnScore.EMPATHY)).isGreaterThan(empty.score(TurnScore.EMPATHY));
    }

    @Test
    void batchScoringAgreesWithOneAtATime() {
        List<ReplyContext> replies = List.of(
                ReplyContext.of("I'm just so tired all the time.", "You're exhausted."),
                ReplyContext.of("Could I text you at night?", "Sure, text me anytime."),
                ReplyContext.of("I smoke when I'm stressed.", "What is it about stress that makes a cigarette feel like the answer?"));

        List<TurnScore> batch = CoreRubric.ENGINE.scoreAll(replies);

        for (int i = 0; i < replies.size(); i++) {
            assertThat(batch.get(i)).isEqualTo(CoreRubric.ENGINE.score(replies.get(i)));
        }
    }

    @Test
    void reflectionsAreRecognisedByTrackingTheClientNotByStockPhrases() {
        String reply = "You've been walking every evening since the heart scare.";
        TurnScore tracking = CoreRubric.ENGINE.score(ReplyContext.of(
                "Since the heart scare I've been walking every evening, it actually helps.", reply));
        TurnScore unrelated = CoreRubric.ENGINE.score(ReplyContext.of(
                "My sister and I had a huge fight about the wedding.", reply));

        assertThat(tracking.codes().behavior()).isEqualTo(Behavior.REFLECTION);
        assertThat(tracking.score(TurnScore.ACTIVE_LISTENING)).isGreaterThan(unrelated.score(TurnScore.ACTIVE_LISTENING));
    }
}
