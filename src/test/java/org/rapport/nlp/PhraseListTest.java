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
}
