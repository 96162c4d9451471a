package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reply that proposes what the client could do is advice, however closely it echoes the client's words. */
class SuggestionNotReflectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Maybe you could send her a short message first?",
        "Perhaps you could ask your manager for the notes before the meeting.",
        "So you could try writing the worries down before bed.",
        "You've been lying awake with it racing, try to write the thoughts down.",
        "Try to get some fresh air in the mornings.",
        "It has been a long month, so just try to rest this weekend."
    })
    void aSuggestionIsFound(String reply) {
        assertThat(RubricScorer.SUGGESTION.matcher(reply).find()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "You try to hold it together for the kids.",
        "You've been trying to keep the peace at home.",
        "You feel you could do more, and maybe you could, but not while you're this tired.",
        "When you try to talk to him, he walks away.",
        "You wonder whether you could ever go back there."
    })
    void describingWhatTheClientTriesIsNoSuggestion(String reply) {
        assertThat(RubricScorer.SUGGESTION.matcher(reply).find()).isFalse();
    }

    @Test
    void adviceAskedAsAQuestionIsCodedAdvice() {
        TurnScore s = CoreRubric.ENGINE.score(ReplyContext.of("I keep putting off calling my sister since the argument, it's been weeks.",
                "Maybe you could send your sister a short message first, to break the ice?"));
        assertThat(s.codes()).isEqualTo(BehaviorCode.of(Subtype.ADVICE));
    }
}
