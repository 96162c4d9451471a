package org.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.TurnScore;

/**
 * Feedback says what is true of the reply in plain English: it quotes the part of the trainee's reply it is
 * about (without a cue, the sentence taking up the client's words, not a greeting, the client's name or a
 * thank-you around it), and it never tells a reply that names a feeling that the feeling went unnamed.
 */
class FeedbackWordingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kia ora, Mereana. You've been carrying a lot since your mum died in March, and you can't sleep. | Mum died in March and I'm... not sleeping. | You've been carrying a lot since your mum died in March...
            Thank you. It sounds like the quiet in the house is the hardest part. | Now the house is too quiet. | It sounds like the quiet in the house is the hardest part.
            Okay. So the exams are close and your mum keeps asking about them. | My mum keeps asking about exams. | So the exams are close and your mum keeps asking about them.
            You're worn out. | I'm so tired all the time. | You're worn out.
            """)
    void quotesTheSentenceThatTakesUpTheClientsWords(String reply, String clientLine, String quoted) {
        assertThat(FeedbackWriter.quote(reply, null, clientLine)).isEqualTo(quoted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            You feel let down. What happened when you told him? | what happened when you told him | What happened when you told him?
            """)
    void aCueNamesTheSentence(String reply, String cue, String quoted) {
        assertThat(FeedbackWriter.quote(reply, cue, "He didn't listen.")).isEqualTo(quoted);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            At the tangi I was fine. I ran the kitchen. Everyone said I did Mum proud. I didn't cry once. | You held everyone up at the marae, and there wasn't a moment for your own grief. What does it mean to you?
            I'm so ashamed of how I spoke to her. | You were exhausted and it came out sharp, and now you feel awful about it.
            """)
    void aReplyThatNamesAFeelingIsNotToldTheFeelingWentUnnamed(String clientLine, String reply) {
        TurnScore score = TeachingFixtures.ENGINE.score(ReplyContext.of(clientLine, reply));

        assertThat(score.feedback()).noneMatch(f -> f.contains("leaves the feeling unnamed"));
    }

    @org.junit.jupiter.api.Test
    void theFeelingTheClientNamedIsQuotedAsTheirWord() {
        ClientWords client = new ClientWords("proud", "proud", "Everyone said I did Mum proud", "everyone said you did Mum proud", null, false);

        assertThat(FeedbackWriter.missed(client, "You ran the kitchen for three days.")).isEqualTo("'proud' in \"Everyone said I did Mum proud\"");
    }
}
