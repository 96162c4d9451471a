package org.rapport.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseListTest {

    private final PhraseList feelings = new PhraseList(List.of("frustrat*", "worn out", "i _ sorry"));

    @Test
    void matchesWholeWordsPrefixesAndOneWordGaps() {
        assertThat(feelings.findAll("I'm so frustrated, honestly worn   out.")).containsExactly("frustrated", "worn out");
        assertThat(feelings.matches("I am sorry to hear that")).isTrue();
        assertThat(feelings.matches("The frustum of a cone")).isFalse();
        assertThat(feelings.matches("unfrustrated")).isFalse();
    }

    @Test
    void curlyApostrophesAreStraightened() {
        assertThat(new PhraseList(List.of("you're")).matches("So you’re worried")).isTrue();
    }

    @Test
    void aPhraseAfterAnExcludedWordIsSkippedButALaterPlainOneIsFound() {
        PhraseList interpreting = new PhraseList(List.of("you feel like"));
        Set<String> conditions = Set.of("if", "when");
        assertThat(interpreting.findNotAfter("If you feel like talking, I'm around.", conditions)).isNull();
        assertThat(interpreting.findNotAfter("If you feel like talking, fine; you feel like no one hears you.", conditions))
                .isEqualTo("you feel like");
        assertThat(interpreting.findNotAfter("You feel like nothing reaches you.", conditions)).isEqualTo("you feel like");
    }

    @Test
    void anchoredPhrasesHoldToTheStartOrEndOfAClause() {
        PhraseList accepting = new PhraseList(List.of("^ sure", "i'd love to $"));
        assertThat(accepting.find("Sure, here's my number.")).isEqualTo("sure");
        assertThat(accepting.find("Oh! I'd love to.")).isEqualTo("i'd love to");
        assertThat(accepting.matches("I want to make sure you're safe.")).isFalse();
        assertThat(accepting.matches("I'd love to hear about him.")).isFalse();
    }

    @Test
    void unanchoredPhrasesStillSpanACommaAsBefore() {
        assertThat(new PhraseList(List.of("yes but")).find("Yes, but the research says otherwise.")).isEqualTo("yes but");
    }

    @Test
    void aNegatedPhraseIsNotAsserted() {
        PhraseList contact = new PhraseList(List.of("text you"));
        assertThat(contact.findAsserted("I know I can't text you at night.")).isNull();
        assertThat(contact.findAsserted("Could I text you at night?")).isEqualTo("text you");
        assertThat(contact.findAllAsserted("I can't text you. Well, could I text you just once?")).containsExactly("text you");
    }

    @Test
    void directingNeedsTheSpeakerToTellTheListener() {
        PhraseList advising = new PhraseList(List.of("try to", "you need to", "make sure", "^ stop"));
        assertThat(advising.findDirected("Try to get some rest tonight.")).isEqualTo("try to");
        assertThat(advising.findDirected("You need to stop drinking.")).isEqualTo("you need to");
        assertThat(advising.findDirected("Stop. Take a breath.")).isEqualTo("stop");
        // reflecting the client's own efforts, wishes and inner voice
        assertThat(advising.findDirected("You've been trying to hold it all together.")).isNull();
        assertThat(advising.findDirected("You wish the thoughts would stop.")).isNull();
        assertThat(advising.findDirected("You feel you need to be strong for everyone.")).isNull();
        assertThat(advising.findDirected("Your doctor told you you need to lose weight.")).isNull();
        // quoting, negating, or the speaker's own intention
        assertThat(advising.findDirected("Hearing \"you need to lose weight\" again hurts.")).isNull();
        assertThat(advising.findDirected("I'm not saying you need to change anything.")).isNull();
        assertThat(advising.findDirected("I want to make sure you have support.")).isNull();
    }

    @Test
    void anObligationReflectedWithWhatItCostsTheClientIsNotAnOrder() {
        PhraseList ordering = new PhraseList(List.of("you have to", "you need to"));
        assertThat(ordering.findDirected("You have to provide for your children, and that weighs on you.")).isNull();
        assertThat(ordering.findDirected("So you need to be there for your mom every evening, and you're worn out.")).isNull();
        // the same obligation with no feeling or meaning clause, or laid down after the speaker's own words, orders
        assertThat(ordering.findDirected("You have to stop drinking, and that is final.")).isEqualTo("you have to");
        assertThat(ordering.findDirected("Honestly, you have to stop, and that's hard.")).isEqualTo("you have to");
        assertThat(ordering.findDirected("You have to stop. That scares you, I know.")).isEqualTo("you have to");
    }

    @Test
    void anImperativeDontDoesNotNegateWhatFollows() {
        assertThat(new PhraseList(List.of("such a baby")).findDirected("Come on, don't be such a baby.")).isEqualTo("such a baby");
    }

    @Test
    void aTextAskedAboutAgainGetsTheSameAnswersAndOnlyTheLatestTextsAreKept() {
        PhraseList advice = new PhraseList(List.of("you should", "^ try", "have you tried"));
        String reply = "You should try it. Have you tried, say, walking?";
        String first = advice.findDirected(reply);
        for (int i = 0; i < 600; i++) advice.matches("reply number " + i + ", you should rest");
        assertThat(PhraseList.markedKept()).isLessThanOrEqualTo(512);
        assertThat(advice.findDirected(reply)).isEqualTo(first).isEqualTo("you should");
        assertThat(advice.findAll(reply)).containsExactly("you should", "have you tried");
    }
}
