package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.judgement.AuthoredCorpus;

/**
 * Humility in forms other than a reflection and a "what does it mean to you" question: a short open question,
 * curiosity about the experience, an exploration that names the cultural part in other words; and a line
 * about hearing voices, which brings no cultural opportunity. These cases were the symptom the cultural heads
 * were retrained for (src/test/resources/rubric/cultural-reply-forms-tuned.csv), so they are tuned on: the
 * held-out figures are in docs/rubrics.md.
 */
class CulturalReplyFormsTest {

    static Stream<Arguments> cases() throws Exception {
        AuthoredCorpus c = AuthoredCorpus.read(Path.of("src/test/resources/rubric/cultural-reply-forms-tuned.csv"), List.of("client", "reply", "expect"));
        return IntStream.range(0, c.size()).mapToObj(i -> Arguments.of(c.nonEmpty(i, "client"), c.nonEmpty(i, "reply"),
                c.require(i, "expect", List.of("high", "none"))));
    }

    @ParameterizedTest(name = "{1} ({2})")
    @MethodSource("cases")
    void humbleRepliesOfAnyFormScoreHighAndVoicesAreNoOpportunity(String client, String reply, String expect) {
        Integer score = CoreRubric.ENGINE.score(ReplyContext.of(client, reply)).score(TurnScore.CULTURAL_HUMILITY);
        if (expect.equals("high")) assertThat(score).as("cultural humility").isNotNull().isGreaterThanOrEqualTo(4);
        else assertThat(score).as("cultural humility").isNull();
    }
}
