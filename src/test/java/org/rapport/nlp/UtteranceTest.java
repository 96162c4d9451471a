package org.rapport.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UtteranceTest {

    @Test
    void splitsSentencesAndFindsQuestions() {
        Utterance u = new Utterance("Okay. So you got your lip pierced. How long ago was that?");

        assertThat(u.sentences()).hasSize(3);
        assertThat(u.questions()).containsExactly("How long ago was that?");
        assertThat(u.lastSentence()).isEqualTo("How long ago was that?");
    }

    @Test
    void leadingFillersAreNotTheAct() {
        assertThat(Utterance.withoutLeadingFillers("Okay, so, um, what brings you in?")).isEqualTo("what brings you in");
    }

    @Test
    void overlapTracksTheClientsContentWordsAcrossWordForms() {
        Utterance client = new Utterance("I've been worrying about my drinking since the divorce.");
        Utterance reflection = new Utterance("You're worried about how much you drink since the divorce.");

        assertThat(Utterance.stem("worried")).isEqualTo(Utterance.stem("worrying")).isEqualTo(Utterance.stem("worry"));
        assertThat(reflection.sharedStems(client)).contains(Utterance.stem("worried"), Utterance.stem("divorce"));
        assertThat(reflection.overlapWith(client)).isGreaterThan(0.5);
        assertThat(new Utterance("Let's talk about your diet.").overlapWith(client)).isZero();
    }

    /** The normal form as first written, with regular expressions: the one-pass version must agree with it. */
    private static String normalisedByPatterns(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('—', ' ');
        return lower.replaceAll("[^a-z0-9'?]+", " ").replace("?", " ? ").replaceAll("\\s+", " ").strip();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "  ", "?", "??", "Why?Because.", " What's  up? ", "I’m ‘fine’ — really",
            "Mm-hmm... okay?!", "İstanbul, café, naïve", "tabs\tand\nlines", "emoji 😀 here?", "don't   you?  ", "'quoted'?x"})
    void normalisingKeepsWordsApostrophesAndQuestionMarksOnly(String text) {
        assertThat(Utterance.normalise(text)).isEqualTo(normalisedByPatterns(text));
    }

    @Test
    void normalisingAgreesWithThePatternsOnRandomText() {
        String alphabet = "abcXYZ019 '’‘?!.,;:-—\t\néİ😀\"()";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertThat(Utterance.normalise(b.toString())).as(b.toString()).isEqualTo(normalisedByPatterns(b.toString()));
        }
    }
}
