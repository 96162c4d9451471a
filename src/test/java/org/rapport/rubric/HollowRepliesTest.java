package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
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

    /** What the hollow-reply head reads: a reply, the client line it answers, one feature and its range. */
    @ParameterizedTest(name = "{2} of \"{0}\" in [{3}, {4}]")
    @CsvSource(delimiter = '|', textBlock = """
            Sad, hurt, lonely, scared, ashamed.                            | My brother won't talk to me.     | words_in_sentences  | 0    | 0
            You feel hurt that your brother has stopped talking to you.   | My brother won't talk to me.     | words_in_sentences  | 1    | 1
            You feel hurt that your brother has stopped talking to you.   | My brother won't talk to me.     | content_from_client | 0.3  | 1
            The violet trombone grieves the cabbage.                      | My brother won't talk to me.     | content_from_client | 0    | 0
            My brother won't talk to me.                                  | My brother won't talk to me.     | copies_client_line  | 1    | 1
            Your brother won't talk to you.                               | My brother won't talk to me.     | copies_client_line  | 0    | 0
            Oh, boo hoo, poor you.                                        | My brother won't talk to me.     | sarcasm_cues        | 1    | 1
            I'm so sorry, that sounds lonely.                             | My brother won't talk to me.     | sarcasm_cues        | 0    | 0
            You're being dramatic and childish.                           | My brother won't talk to me.     | contempt_cues       | 1    | 1
            Complex reflection, affirmation, change talk.                 | My brother won't talk to me.     | technique_terms     | 1    | 1
            I was so upset when my phone broke, I felt awful.             | My brother won't talk to me.     | first_person_share  | 0.2  | 1
            I was so upset when my phone broke, I felt awful.             | My brother won't talk to me.     | second_person_share | 0    | 0
            What else? What else? What else? What else? What else?       | My brother won't talk to me.     | many_questions      | 1    | 1
            What was that like for you?                                   | My brother won't talk to me.     | many_questions      | 0    | 0
            """)
    void readsWhatTheHeadWeighs(String reply, String client, String feature, double min, double max) {
        double value = HOLLOW.features(reply, client)[HollowReplies.FEATURES.indexOf(feature)];
        assertThat(value).isBetween(min, max);
    }

    @org.junit.jupiter.api.Test
    void aReplyAsLongAsATurnMayBeIsReadQuickly() {
        // 10,000 characters: the longest turn grading accepts.
        String reply = String.join(" ", java.util.Collections.nCopies(588, "You feel unseen."));
        long start = System.nanoTime();
        double[] x = HOLLOW.features(reply, "Nobody at home asks how I am.");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1);
        assertThat(x[HollowReplies.FEATURES.indexOf("repetition")]).isGreaterThan(0.9);
    }
}
