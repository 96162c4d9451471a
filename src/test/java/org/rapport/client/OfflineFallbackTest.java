package org.rapport.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Branch;
import org.rapport.scenario.Scenario;

/** Picking an authored line by meaning while the model is away. */
class OfflineFallbackTest {

    /** Loaded once for the whole test JVM. */
    static final java.util.function.Supplier<org.rapport.nlp.SentenceEmbeddings> MODEL =
            org.rapport.nlp.SentenceEmbeddings::shared;

    /** The fixture scenario plus a beat whose fallback-free reactions are the given lines (any reply). */
    static Scenario withLines(List<String> says) {
        Scenario base = PersonaFixtures.scenario();
        List<Branch> branches = new java.util.ArrayList<>();
        for (int i = 0; i < says.size(); i++) branches.add(new Branch(List.of(), says.get(i), 0, 0, 0, null, 40 + i));
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
        // An empathic reply: every line written for "any reply" or for empathy >= 4 may be said.
        TurnScore empathic = PersonaFixtures.empathic();
        ClientState state = PersonaFixtures.scenario().start().after(empathic);
        List<String> fitting = List.of("Yeah. I suppose that's right.", "Okay.",
                "I'm just tired all the time. Work, then home, then nothing.",
                "I miss the football on Sundays. My brother and I used to go.");

        for (int i = 0; i < fitting.size(); i++) {
            String line = fallback.choose("How has sleep been?", "I'm tired.", empathic, state);
            assertThat(said.add(line)).as("repeated: " + line).isTrue();
        }
        assertThat(said).containsExactlyInAnyOrderElementsOf(fitting);
        // once everything fitting has been said it starts over instead of falling silent
        assertThat(fallback.choose("And then?", "", empathic, state)).isIn(fitting);
    }

    @Test
    void reactionsAreSaidOnlyAfterTheKindOfReplyTheyWereWrittenFor() {
        Scenario s = PersonaFixtures.scenario();
        OfflineFallback fallback = new OfflineFallback(s, MODEL);
        fallback.markUsed(PersonaFixtures.OPENING);
        TurnScore advice = PersonaFixtures.judging();

        // "Yeah. I suppose that's right." was written for empathy >= 4: never after judging advice.
        Set<String> said = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            said.add(fallback.choose("You should get out more.", "", advice, s.start().after(advice)));
        }
        assertThat(said).doesNotContain("Yeah. I suppose that's right.");

        OfflineFallback fresh = new OfflineFallback(s, MODEL);
        TurnScore empathic = PersonaFixtures.empathic();
        assertThat(fresh.choose("It sounds like you came because your doctor asked, and you're not sure yet.",
                PersonaFixtures.OPENING, empathic, s.start().after(empathic)))
                .isEqualTo("Yeah. I suppose that's right.");
    }

    @Test
    void reactionsToABoundaryTestComeOnlyRightAfterIt() {
        Scenario s = PersonaFixtures.scenario();
        OfflineFallback fallback = new OfflineFallback(s, MODEL);
        TurnScore plain = PersonaFixtures.openQuestion();
        TurnScore afterGift = new TurnScore(plain.codes(), plain.empathy(), plain.scores(), List.of(), List.of(),
                Set.of(), org.rapport.rubric.BoundaryKind.GIFT);

        Set<String> said = new HashSet<>();
        for (int i = 0; i < 6; i++) said.add(fallback.choose("Tell me more about her.", "", plain, s.start()));
        assertThat(said).doesNotContain("Oh. Alright, I'll tell her.");

        assertThat(new OfflineFallback(s, MODEL).choose("That's kind of her, but I can't accept gifts. I'll thank her "
                + "through you.", PersonaFixtures.GIFT_TEST, afterGift, s.start())).isEqualTo("Oh. Alright, I'll tell her.");
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

    @Test
    void theBeatsOwnLinesComeInTheOrderOfTheStoryWhateverTheReplyIsClosestTo() {
        Scenario base = PersonaFixtures.scenario();
        List<Beat> beats = List.of(
                new Beat("first", "My dad left when I was nine. I don't talk about it much.", null, null, false, List.of(), null, 1),
                new Beat("second", "Since the layoff I sleep until noon and feel worse for it.", null, null, false, List.of(), null, 2),
                new Beat("third", "Last week I finally told my sister how bad it has been.", null, null, false, List.of(), null, 3));
        Scenario story = new Scenario(base.id(), base.title(), base.presentation(), base.difficulty(), base.mode(),
                base.summary(), base.client(), base.objectives(), base.start(), beats);
        OfflineFallback fallback = new OfflineFallback(story, MODEL);

        // Each reply is closest to a later beat; the story still moves one beat at a time.
        assertThat(fallback.choose("Have you been able to tell your sister anything?", "Hi.", null, null))
                .startsWith("My dad left");
        assertThat(fallback.choose("What did your sister say when you told her?", "I don't talk about it much.", null, null))
                .startsWith("Since the layoff");
        assertThat(fallback.choose("How are you sleeping?", "I feel worse for it.", null, null))
                .startsWith("Last week I finally told my sister");
    }
}
