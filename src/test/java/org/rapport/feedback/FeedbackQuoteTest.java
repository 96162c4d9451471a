package org.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Feedback quotes the part of the trainee's reply it is about. Without a cue that names the part, that is
 * the sentence taking up the client's words, not a greeting, the client's name or a thank-you around it.
 */
class FeedbackQuoteTest {

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
}
