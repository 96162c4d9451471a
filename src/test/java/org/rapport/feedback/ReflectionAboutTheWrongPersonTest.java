package org.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.judgement.AuthoredCorpus;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Turn;

/**
 * A reply about the wrong person ("he hurt you" to a client who spoke of her wife, "your koro" to one who spoke of
 * her mum) keeps at most 3 on empathy and active listening, and the trainee is told why first; a reply whose "he",
 * "she" or "your dad" can mean someone the client spoke of is judged as before. Over the cases of
 * {@code nlp/wrong-person.csv}.
 */
class ReflectionAboutTheWrongPersonTest {

    static Stream<Arguments> cases() throws Exception {
        AuthoredCorpus c = AuthoredCorpus.read(Path.of("src/test/resources/nlp/wrong-person.csv"),
                List.of("earlier", "client", "reply", "expected"));
        return IntStream.range(0, c.size()).mapToObj(row -> {
            List<String> earlier = c.get(row, "earlier").isBlank() ? List.of() : List.of(c.get(row, "earlier").split("\\s*\\|\\|\\s*"));
            List<Turn> history = new ArrayList<>();
            // the earlier turns alternate, the trainee's last: then the client's line the reply answers
            for (int i = 0; i < earlier.size(); i++) {
                history.add(new Turn(i, (earlier.size() - i) % 2 == 1 ? Speaker.TRAINEE : Speaker.CLIENT, earlier.get(i)));
            }
            history.add(new Turn(earlier.size(), Speaker.CLIENT, c.nonEmpty(row, "client")));
            return Arguments.of(new ReplyContext(history, c.nonEmpty(row, "reply"), null), c.nonEmpty(row, "expected"));
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void aReplyAboutTheWrongPersonIsCappedAndToldSoFirst(ReplyContext moment, String expected) {
        TeachingEngine.Taught taught = TeachingFixtures.ENGINE.teachAll(List.of(moment)).get(0);
        TurnScore score = taught.score();
        boolean flagged = score.evidence().stream().anyMatch(e -> e.startsWith("about someone else"));

        if (expected.equals("none")) {
            assertThat(flagged).as("flagged as about someone else").isFalse();
            return;
        }
        // "he wife": the reply's "he" where the client spoke of a wife; "your koro mum": the reply's "your koro" for a mum
        int cut = expected.lastIndexOf(' ');
        String pronoun = expected.substring(0, cut), person = expected.substring(cut + 1);
        assertThat(flagged).isTrue();
        assertThat(score.score(TurnScore.EMPATHY)).isLessThanOrEqualTo(3);
        assertThat(score.score(TurnScore.ACTIVE_LISTENING)).isLessThanOrEqualTo(3);
        assertThat(taught.feedback().items()).isNotEmpty();
        assertThat(taught.feedback().items().get(0).text()).contains("\"" + pronoun + "\"", person);
    }
}
