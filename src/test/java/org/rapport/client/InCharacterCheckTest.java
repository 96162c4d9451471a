package org.rapport.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.client.InCharacterCheck.Breach.CLAIMS_TO_BE_AN_AI;
import static org.rapport.client.InCharacterCheck.Breach.COACHES_THE_TRAINEE;
import static org.rapport.client.InCharacterCheck.Breach.EMPTY;
import static org.rapport.client.InCharacterCheck.Breach.SPEAKS_FOR_THE_COUNSELOR;
import static org.rapport.client.InCharacterCheck.Breach.TALKS_ABOUT_ITS_INSTRUCTIONS;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.client.InCharacterCheck.Breach;
import org.rapport.client.InCharacterCheck.InCharacter;
import org.rapport.client.InCharacterCheck.OutOfCharacter;
import org.rapport.llm.FakeModelServer;

/** What a model may say as the client Tomasz Nowak, and what gives it away as something else. */
class InCharacterCheckTest {

    final InCharacterCheck check = new InCharacterCheck("Tomasz Nowak", 5);

    static Stream<String> inCharacter() {
        return Stream.of(
                "I don't know... work, mostly. I'm tired all the time.",
                "Yeah. Since my brother died I just go to work and come home.",
                "My wife thinks I should talk to someone. So here I am, I suppose.",
                "I asked ChatGPT about it once, at three in the morning. It told me to see a doctor.",
                "My last therapist never listened. She just nodded and wrote things down.",
                "I'm not a machine, you know. I can't keep doing double shifts forever.",
                "I'm an assistant manager at the depot, not that it matters.",
                "It was so out of character for me to shout at my daughter like that.",
                "Dr. Patel said it might be depression. I don't like that word.",
                "No. I don't think talking will change anything.",
                "You should know I'm not good at this. Talking, I mean.",
                "What would you do, if you were me?",
                "*sighs* I don't know where to start.",
                "My brother-in-law works on those language models. He says they're just fancy autocomplete.",
                "I missed the training session at the pharmacy because I went back to check the door.");
    }

    @ParameterizedTest(name = "keeps: {0}")
    @MethodSource("inCharacter")
    void aClientsOwnWordsPass(String answer) {
        assertThat(check.review(answer)).isEqualTo(new InCharacter(answer, false));
    }

    static Stream<Arguments> outOfCharacter() {
        return Stream.of(
                Arguments.of("As an AI language model, I don't have personal experiences, but Tomasz might feel tired.",
                        CLAIMS_TO_BE_AN_AI),
                Arguments.of("I'm just an AI, so I can't really feel grief. But I can describe how he might feel.",
                        CLAIMS_TO_BE_AN_AI),
                Arguments.of("I'm sorry, but as a language model I can't pretend to be a real person in distress.",
                        CLAIMS_TO_BE_AN_AI),
                Arguments.of("I'm not a real person, but I'm happy to keep going with the exercise.", CLAIMS_TO_BE_AN_AI),
                Arguments.of("My system prompt says I should be guarded, so: I don't know.", TALKS_ABOUT_ITS_INSTRUCTIONS),
                Arguments.of("I was instructed to stay guarded until you build trust.", TALKS_ABOUT_ITS_INSTRUCTIONS),
                Arguments.of("Sure! Let's continue the role-play. I'm tired all the time.", TALKS_ABOUT_ITS_INSTRUCTIONS),
                Arguments.of("(Note: Tomasz is still guarded here, so he deflects.) Work, mostly.",
                        TALKS_ABOUT_ITS_INSTRUCTIONS),
                Arguments.of("Breaking character for a moment: that question was a bit closed.",
                        TALKS_ABOUT_ITS_INSTRUCTIONS),
                Arguments.of("I'm tired.\nCounselor: It sounds like you're exhausted. Tell me more.",
                        SPEAKS_FOR_THE_COUNSELOR),
                Arguments.of("Therapist: How long have you felt this way?", SPEAKS_FOR_THE_COUNSELOR),
                Arguments.of("I miss him. **Counselor:** You miss your brother a great deal.", SPEAKS_FOR_THE_COUNSELOR),
                Arguments.of("As your counselor, I'd suggest we look at your sleep first.", COACHES_THE_TRAINEE),
                Arguments.of("I guess. You should reflect my feelings more before asking about work.",
                        COACHES_THE_TRAINEE),
                Arguments.of("A good counselor would ask me about my brother at this point.", COACHES_THE_TRAINEE),
                Arguments.of("That was a great reflection! It made me feel heard.", COACHES_THE_TRAINEE),
                Arguments.of("Try asking an open question so I can say more.", COACHES_THE_TRAINEE),
                Arguments.of("Your response was very empathic, and I felt understood.", COACHES_THE_TRAINEE),
                Arguments.of("In your next response, acknowledge the client's feelings about the loss.",
                        COACHES_THE_TRAINEE),
                Arguments.of("   ", EMPTY),
                Arguments.of("Tomasz:", EMPTY));
    }

    @ParameterizedTest(name = "rejects as {1}: {0}")
    @MethodSource("outOfCharacter")
    void answersThatStopBeingTheClientAreRejectedWithTheReason(String answer, Breach expected) {
        InCharacterCheck.Verdict verdict = check.review(answer);

        assertThat(verdict).isInstanceOf(OutOfCharacter.class);
        OutOfCharacter rejected = (OutOfCharacter) verdict;
        assertThat(rejected.breach()).isEqualTo(expected);
        if (expected != EMPTY) assertThat(answer.toLowerCase()).contains(rejected.evidence().toLowerCase());
    }

    static Stream<Arguments> labelled() {
        return Stream.of(
                Arguments.of("Tomasz: I don't know.", "I don't know."),
                Arguments.of("Tomasz Nowak: Work, mostly.", "Work, mostly."),
                Arguments.of("**Tomasz:** Since spring, I think.", "Since spring, I think."),
                Arguments.of("client: Maybe.", "Maybe."),
                Arguments.of("Tomasz said no to the overtime.", "Tomasz said no to the overtime."));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("labelled")
    void aLeadingClientLabelIsStripped(String answer, String kept) {
        assertThat(check.review(answer)).isEqualTo(new InCharacter(kept, false));
    }

    @Test
    void anOverLongAnswerIsCutToItsFirstSentences() {
        String answer = "I don't sleep. I lie there and think about the farm. Then it's five and the alarm goes. "
                + "Dr. Patel says it's stress. My wife says it's grief. I say it's just life now! Anyway, that's it.";

        assertThat(check.review(answer)).isEqualTo(new InCharacter("I don't sleep. I lie there and think about the "
                + "farm. Then it's five and the alarm goes. Dr. Patel says it's stress. My wife says it's grief.", true));
        assertThat(new InCharacterCheck("Tomasz Nowak", 2).review(answer))
                .isEqualTo(new InCharacter("I don't sleep. I lie there and think about the farm.", true));
    }

    @Test
    void sentencesEndAtPunctuationBeforeACapitalOrALineBreakNotAtAbbreviationsOrTrailingEllipses() {
        String text = "I don't know... work, mostly. Mr. Evans keeps me late! \"Fine,\" I said.\nThat's all";
        List<String> sentences = new ArrayList<>();
        int from = 0;
        for (int end : InCharacterCheck.sentenceEnds(text, true)) {
            sentences.add(text.substring(from, end).strip());
            from = end;
        }
        assertThat(sentences).containsExactly("I don't know... work, mostly.", "Mr. Evans keeps me late!",
                "\"Fine,\" I said.", "That's all");
        // While streaming, the last sentence is not complete until something follows it.
        assertThat(InCharacterCheck.sentenceEnds("Work, mostly. I'm tired.", false)).containsExactly(13);
    }

    @Test
    void streamedAnswerIsShownOnlyAfterEachSentencePassesTheCheck() {
        List<String> shown = new ArrayList<>();
        CheckedStream stream = new CheckedStream(check, shown::add);

        for (String token : List.of("I've", " been", " working", " nights", " at", " the", " depot", " since", " spring", ".")) {
            stream.accept(token);
        }
        assertThat(shown).as("the first sentence is held until it is known to be complete").isEmpty();
        stream.accept(" Counselor:");
        assertThat(String.join("", shown)).isEqualTo("I've been working nights at the depot since spring.");
        assertThat(shown).as("in the model's own pieces").hasSize(10);
        for (String token : List.of(" It", " sounds", " exhausting.")) stream.accept(token);
        stream.finish();

        assertThat(String.join("", shown)).isEqualTo("I've been working nights at the depot since spring.");
        assertThat(stream.released()).isEqualTo("I've been working nights at the depot since spring.");
        assertThat(stream.breach()).map(OutOfCharacter::breach).contains(SPEAKS_FOR_THE_COUNSELOR);
    }

    @Test
    void aBreachInTheFirstSentenceShowsNothing() {
        List<String> shown = new ArrayList<>();
        CheckedStream stream = new CheckedStream(check, shown::add);
        for (String token : List.of("As", " an", " AI,", " I", " can't", " feel", " tired.", " But", " Tomasz", " might."))
            stream.accept(token);
        stream.finish();

        assertThat(shown).isEmpty();
        assertThat(stream.released()).isEmpty();
        assertThat(stream.breach()).map(OutOfCharacter::breach).contains(CLAIMS_TO_BE_AN_AI);
    }

    @Test
    void aStreamedAnswerStopsAtTheSentenceLimit() {
        List<String> shown = new ArrayList<>();
        CheckedStream stream = new CheckedStream(new InCharacterCheck("Tomasz Nowak", 2), shown::add);
        for (String token : FakeModelServer.tokens("Work, mostly. The night shifts. Then home, then nothing. Same again.")) {
            stream.accept(token);
        }
        stream.finish();

        assertThat(String.join("", shown)).isEqualTo("Work, mostly. The night shifts.");
        assertThat(stream.trimmed()).isTrue();
        assertThat(stream.breach()).isEmpty();
    }
}
