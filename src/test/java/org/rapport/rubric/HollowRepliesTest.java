package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.transcript.Fixtures;

/**
 * A reply with the form of empathy and nothing of the client in it is recognised by what it lacks;
 * a short, plain or many-feelinged reply that says something is not. Cases in rubric/hollow-replies.csv
 * (blank kind: a genuine reply).
 */
class HollowRepliesTest {

    private static final HollowReplies HOLLOW = new HollowReplies(new Cues(CoreRubric.LIBRARY.get("core").lexicons()));

    static Stream<Arguments> cases() {
        return Fixtures.manifest("rubric/hollow-replies.csv").stream().map(r -> Arguments.of(r.cells().get(0), r.cells().get(1)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("cases")
    void findsWhatTheReplyLacks(String reply, String kind) {
        assertThat(HOLLOW.find(reply).map(Enum::name).orElse("")).isEqualTo(kind);
    }
}
