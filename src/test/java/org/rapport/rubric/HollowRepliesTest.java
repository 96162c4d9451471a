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
 * (blank kind: a genuine reply; the client line it answers, where it matters, last).
 */
class HollowRepliesTest {

    private static final HollowReplies HOLLOW = new HollowReplies(new Cues(CoreRubric.LIBRARY.get("core").lexicons()));

    static Stream<Arguments> cases() {
        return Fixtures.manifest("rubric/hollow-replies.csv").stream()
                .map(r -> Arguments.of(r.cells().get(0), r.cells().get(1), r.cells().size() > 2 ? r.cells().get(2) : ""));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("cases")
    void findsWhatTheReplyLacks(String reply, String kind, String client) {
        assertThat(HOLLOW.find(reply, client).map(Enum::name).orElse("")).isEqualTo(kind);
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
            Brother, talk, won't. Brother talk.                           | My brother won't talk to me.     | function_word_share | 0    | 0.1
            You feel hurt that your brother has stopped talking to you.   | My brother won't talk to me.     | function_word_share | 0.3  | 1
            Brother talk, brother talk, won't talk, won't talk.           | My brother won't talk to me.     | repeated_content    | 0.5  | 1
            You feel hurt that your brother has stopped talking to you.   | My brother won't talk to me.     | repeated_content    | 0    | 0
            My brother won't talk to me. Brother, talk.                   | My brother won't talk to me.     | longest_client_run  | 1    | 1
            My brother won't talk to me. Brother, talk.                   | My brother won't talk to me.     | keeps_client_first_person | 1 | 1
            Your brother won't talk to you, and that hurts.               | My brother won't talk to me.     | keeps_client_first_person | 0 | 0
            I want to check what you mean: are you thinking of suicide?   | I want to disappear.             | longest_client_run  | 0    | 0
            I was so upset when my phone broke, I felt awful.             | My brother won't talk to me.     | self_focused_segments | 1  | 1
            I was so upset when my phone broke, I felt awful.             | My brother won't talk to me.     | own_feelings        | 0.5  | 1
            I was so upset when my phone broke, I felt awful.             | My brother won't talk to me.     | own_things          | 0.5  | 1
            I'm glad you told me. What is it like when he won't talk?     | My brother won't talk to me.     | self_focused_segments | 0  | 0
            I do have a brother, though yours is who matters here.        | My brother won't talk to me.     | own_things          | 0    | 0
            Time heals, stay strong, everything happens for a reason.     | My brother won't talk to me.     | stock_phrases       | 1    | 1
            Don't worry, it'll be fine.                                   | My brother won't talk to me.     | stock_phrases       | 0.5  | 1
            It sounds like his silence is really painful for you.         | My brother won't talk to me.     | stock_phrases       | 0    | 0
            The kettle feels hurt and the carpet is so lonely.            | My brother won't talk to me.     | feelings_of_things  | 1    | 1
            Part of you is a heartbroken cucumber.                        | My brother won't talk to me.     | feelings_of_things  | 0.5  | 1
            Your brother seems angry, and you feel so hurt.               | My brother won't talk to me.     | feelings_of_things  | 0    | 0
            The silence at home feels heavy since your brother went quiet. | The silence at home is awful.   | feelings_of_things  | 0    | 0
            """)
    void readsWhatTheHeadWeighs(String reply, String client, String feature, double min, double max) {
        double value = HOLLOW.features(reply, client)[HollowReplies.FEATURES.indexOf(feature)];
        assertThat(value).isBetween(min, max);
    }

    /**
     * Making light is read unless a negation comes just before it, with or without its apostrophe; a word that
     * merely ends in "nt" ("important", "different", "went", "meant") negates nothing.
     */
    @ParameterizedTest(name = "\"{0}\" makes light: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            that's just banter, what else is going on?                          | true
            that doesn't sound like just banter to me                           | false
            that doesnt sound like just banter to me                            | false
            it isnt just a bit of fun when it hurts                             | false
            i dont think it's no big deal                                        | false
            the important thing is, it's just banter                            | true
            they went quiet, it's only a bit of teasing                         | true
            something different, but that's no big deal                         | true
            he meant it, that was just a joke                                   | true
            """)
    void makingLightIsReadUnlessSomethingNegatesIt(String reply, boolean light) {
        assertThat(HollowReplies.makesLight(reply)).isEqualTo(light);
    }

    @ParameterizedTest(name = "{0} negates: {1}")
    @CsvSource({"not, true", "never, true", "doesn't, true", "doesnt, true", "cant, true", "wont, true", "isnt, true", "didnt, true",
            "important, false", "different, false", "went, false", "meant, false", "want, false", "client, false", "aunt, false"})
    void aNegationIsListedNotGuessedFromItsEnding(String word, boolean negates) {
        assertThat(HollowReplies.negates(word)).isEqualTo(negates);
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
