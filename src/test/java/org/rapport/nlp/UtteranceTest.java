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
}
