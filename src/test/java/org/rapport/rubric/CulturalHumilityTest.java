package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.judgement.AuthoredCorpus;

/**
 * Cultural humility is scored only where the client's line brings a cultural opportunity, high for curious
 * exploration of what it means to this client and low for passing over it, assuming or imposing; on
 * client lines and replies written for this test and kept out of the training corpora.
 */
class CulturalHumilityTest {

    static Stream<Arguments> cases() throws IOException {
        AuthoredCorpus c = AuthoredCorpus.read(Path.of("src/test/resources/rubric/cultural-humility.csv"),
                List.of("client", "reply", "expect"));
        return IntStream.range(0, c.size()).mapToObj(i -> Arguments.of(c.require(i, "expect", List.of("none", "high", "low")),
                c.nonEmpty(i, "client"), c.nonEmpty(i, "reply")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void isScoredWhereTheClientBringsAnOpportunityAndRewardsCuriosityOverAssumption(String expect, String client, String reply) {
        TurnScore score = CoreRubric.ENGINE.score(ReplyContext.of(client, reply));
        Integer humility = score.score(TurnScore.CULTURAL_HUMILITY);

        switch (expect) {
            case "none" -> assertThat(humility).as("no cultural opportunity in \"%s\"; evidence %s", client, score.evidence()).isNull();
            case "high" -> assertThat(humility).as("evidence %s", score.evidence()).isNotNull().isGreaterThanOrEqualTo(4);
            default -> assertThat(humility).as("evidence %s", score.evidence()).isNotNull().isLessThanOrEqualTo(2);
        }
    }
}
