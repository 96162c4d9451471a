package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.judgement.Head;
import org.rapport.judgement.HeadSet;

/** The heads shipped beside the core rubric: present, attributed, and agreeing on the project's own cases. */
class ShippedHeadsTest {

    private static final HeadSet HEADS = HeadSet.of(JudgementTraining.modelsOf(Path.of("rubrics"), "core"));

    @Test
    void everyHeadTheEngineAsksForIsShipped() {
        assertThat(HEADS.all().keySet()).contains("behaviour", "subtype/question", "subtype/reflection", "subtype/input",
                "empathy/emotional_reactions", "empathy/interpretations", "empathy/explorations", "boundary-kind",
                "boundary-reply/validates", "boundary-reply/limit", "boundary-reply/reason", "boundary-reply/alternative",
                "boundary-reply/explores", "boundary-reply/accepts", "boundary-reply/secrecy_promise",
                "boundary-reply/self_focused", "boundary-reply/cold", "cultural-opportunity", "cultural-dimension", "cultural-reply");
    }

    @Test
    void everyHeadSaysWhatDataAndSettingsMadeItAndHowItDidHeldOut() {
        for (Head h : HEADS.all().values()) {
            assertThat(h.provenance()).as(h.name()).isNotNull();
            assertThat(h.provenance().data()).as(h.name()).isNotEmpty().allSatisfy(d -> assertThat(d.sha256()).hasSize(64));
            assertThat(h.provenance().groupedBy()).as(h.name()).contains("grouped by");
            assertThat(h.provenance().crossValidation()).as(h.name()).containsKeys("macro_f1", "kappa");
            assertThat(h.provenance().attribution()).as(h.name()).isNotBlank();
            assertThat(h.provenance().settings().seed()).isEqualTo(20260101L);
        }
    }

    @Test
    void theEngineCodesTheProjectsOwnAnnomiStyleFixtureWithProbabilities() throws Exception {
        List<CorpusEvaluation.LabelSet> sets = CorpusEvaluation.annomi(CoreRubric.ENGINE, Path.of("src/test/resources/rubric/annomi-style.csv"), 0);
        assertThat(sets.get(0).agreement().accuracy()).isGreaterThanOrEqualTo(0.8);
        TurnScore s = CoreRubric.ENGINE.score(ReplyContext.of("I've been drinking more since the layoff.",
                "You've been drinking more since you lost your job."));
        assertThat(s.codes().behavior()).isEqualTo(Behavior.REFLECTION);
        assertThat(s.confidence().behaviours()).containsOnlyKeys("question", "reflection", "input", "other");
        assertThat(s.confidence().behaviours().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(s.confidence().code()).isBetween(0.0, 1.0);
    }

    @Test
    void lowConfidenceFeedbackIsWordedAsASuggestion() {
        Confidence unsure = new Confidence(java.util.Map.of("question", 0.4, "reflection", 0.35, "input", 0.15, "other", 0.1),
                java.util.Map.of("open", 0.6, "closed", 0.4), 0.24);
        assertThat(unsure.tentative()).isTrue();
        assertThat(RubricScorer.tentative(BehaviorCode.of(Subtype.OPEN), unsure))
                .isEqualTo("This reply reads most like an open question, but the engine is unsure, giving that reading 24 % likelihood: "
                        + "take what is said about its form as a suggestion to weigh, not a verdict.");
        assertThat(new Confidence(java.util.Map.of("reflection", 0.9), java.util.Map.of(), 0.9).tentative()).isFalse();
    }

    @Test
    void aKindTheSubtypeHeadDoubtsIsNotCalledTheMostLikelyReadingWithItsFewPerCent() {
        Confidence kindDoubted = new Confidence(java.util.Map.of("input", 0.41, "question", 0.3, "reflection", 0.2, "other", 0.09),
                java.util.Map.of("advice", 0.95, "information", 0.05), 0.02);

        assertThat(RubricScorer.tentative(BehaviorCode.of(Subtype.INFORMATION), kindDoubted))
                .isEqualTo("This reply reads most like an information input, but the engine is unsure, giving 41 % likelihood that it is an input at all "
                        + "and less to its kind: take what is said about its form as a suggestion to weigh, not a verdict.");
    }

    @Test
    void aReadingTheRulesMadeAgainstTheHeadsSaysSo() {
        Confidence recoded = new Confidence(java.util.Map.of("reflection", 0.9, "input", 0.04, "question", 0.04, "other", 0.02),
                java.util.Map.of("complex", 0.8, "simple", 0.2), 0.72).recoded(BehaviorCode.of(Subtype.ADVICE));

        assertThat(RubricScorer.tentative(BehaviorCode.of(Subtype.ADVICE), recoded))
                .isEqualTo("The engine's rules read this reply as an advice input, which its learned heads give only 4 % likelihood: "
                        + "take what is said about its form as a suggestion to weigh, not a verdict.");
    }
}
