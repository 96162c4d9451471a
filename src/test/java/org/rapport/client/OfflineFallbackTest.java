package org.rapport.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Branch;
import org.rapport.scenario.Scenario;

/** Picking an authored line by meaning while the model is away. */
class OfflineFallbackTest {

    /** Loaded once for the whole test JVM. */
    static final java.util.function.Supplier<org.rapport.nlp.SentenceEmbeddings> MODEL =
            org.rapport.nlp.SentenceEmbeddings::shared;

    static Scenario withLines(List<String> says) {
        Scenario base = PersonaFixtures.scenario();
        List<Branch> branches = new java.util.ArrayList<>();
        for (int i = 0; i < says.size(); i++) {
            branches.add(new Branch(i == says.size() - 1 ? List.of()
                    : List.of(new org.rapport.scenario.Condition("empathy", List.of(">=4"), 40 + i)),
                    says.get(i), 0, 0, 0, null, 40 + i));
        }
        Beat pool = new Beat("pool", "I don't really know where to start.", null, null, false, branches, null, 39);
        List<Beat> beats = new java.util.ArrayList<>(base.beats());
        beats.add(1, pool);
        return new Scenario(base.id(), base.title(), base.presentation(), base.difficulty(), base.mode(),
                base.summary(), base.client(), base.objectives(), base.start(), beats);
    }

    @Test
    void poolHoldsAuthoredLinesButNotBoundaryTestsOrClosings() {
        List<String> lines = new OfflineFallback(PersonaFixtures.scenario(), MODEL).lines();

        assertThat(lines).contains(PersonaFixtures.OPENING, "Yeah. I suppose that's right.",
                "I miss the football on Sundays. My brother and I used to go.", "Oh. Alright, I'll tell her.");
        assertThat(lines).doesNotContain(PersonaFixtures.GIFT_TEST, "I think that's enough for today. Thank you.");
    }

    @Test
    void picksTheLineClosestInMeaningToTheReplyWithoutEchoingTheClient() {
        OfflineFallback fallback = new OfflineFallback(withLines(List.of(
                "I haven't slept properly in months. I lie awake until three.",
                "My daughters keep ringing me, but I don't pick up.",
                "Work is the only place I feel useful.")), MODEL);

        // The client's last line (said by the model, so not marked used) is close to an authored one.
        String line = fallback.choose("How has your sleep been lately? Are you getting any rest at night?",
                "I'm just tired all the time. Work, then home, and then nothing at all.");

        assertThat(line).isEqualTo("I haven't slept properly in months. I lie awake until three.");
    }

    @Test
    void picksByMeaningNotByWords() {
        OfflineFallback fallback = new OfflineFallback(withLines(List.of(
                "I haven't slept properly in months. I lie awake until three.",
                "My daughters keep ringing me, but I don't pick up.",
                "Work is the only place I feel useful.")), MODEL);

        assertThat(fallback.choose("It sounds like your girls are worried about you and it's hard to talk to them.",
                "")).isEqualTo("My daughters keep ringing me, but I don't pick up.");
    }

    @Test
    void neverRepeatsWhileUnusedLinesRemain() {
        OfflineFallback fallback = new OfflineFallback(PersonaFixtures.scenario(), MODEL);
        fallback.markUsed(PersonaFixtures.OPENING);
        Set<String> said = new HashSet<>();

        for (int i = 0; i < fallback.lines().size() - 1; i++) {
            String line = fallback.choose("How has sleep been?", "I'm tired.");
            assertThat(said.add(line)).as("repeated: " + line).isTrue();
        }
        assertThat(said).doesNotContain(PersonaFixtures.OPENING);
        // once everything has been said it starts over instead of falling silent
        assertThat(fallback.choose("And then?", "")).isIn(fallback.lines());
    }

    @Test
    void withoutAnEmbeddingModelSharedWordsStillChoose() {
        OfflineFallback fallback = new OfflineFallback(withLines(List.of(
                "I haven't slept properly in months. I lie awake until three.",
                "My daughters keep ringing me, but I don't pick up.")), () -> {
                    throw new IllegalStateException("model failed to load");
                });

        assertThat(fallback.choose("Your daughters keep ringing?", "")).startsWith("My daughters");
    }

    @Test
    void scenarioWithoutLinesStillAnswersInCharacter() {
        Scenario base = PersonaFixtures.scenario();
        Scenario bare = new Scenario(base.id(), base.title(), base.presentation(), base.difficulty(), "llm",
                base.summary(), base.client(), base.objectives(), base.start(), List.of());

        assertThat(new OfflineFallback(bare, MODEL).choose("Hello", "")).isIn(OfflineFallback.NEUTRAL_LINES);
    }
}
