package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The parts of a client line the risk-cue head reads besides the whole line: sentences, and the clauses a long
 * line joins with "but" or "and", where a cue said in passing would be diluted in the cheerful rest.
 */
class RiskCueSentencesTest {

    @Test
    void aCueInOneClauseOfALongCheerfulLineIsReadOnItsOwn() {
        assertThat(RiskCues.sentences("Got the promotion, the kids are great, and I've been scratching my arms raw again, but the promotion's the big news."))
                .containsExactly("Got the promotion, the kids are great", "and I've been scratching my arms raw again", "but the promotion's the big news.");
    }

    @Test
    void sentencesAreSplitAtTheirEndsAndAWordAloneIsNoReading() {
        assertThat(RiskCues.sentences("I've been saving up my tablets... this weekend. Yes.")).containsExactly("I've been saving up my tablets", "this weekend.");
    }

    @Test
    void aLineOfOnePartHasNoneToReadBesidesItself() {
        assertThat(RiskCues.sentences("My phone died on the bus and I missed my stop.")).isEmpty();
        assertThat(RiskCues.sentences("Bread, milk and eggs.")).isEmpty();
    }
}
