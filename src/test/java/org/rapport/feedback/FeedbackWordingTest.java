package org.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.TurnScore;

/**
 * Feedback says what is true of the reply in plain English: it quotes the part of the trainee's reply it is
 * about (without a cue, the statement taking up the client's words rather than the question after it, and
 * not a greeting, the client's name or a thank-you around it), and it never tells a reply that names a feeling that the feeling went unnamed.
 */
class FeedbackWordingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kia ora, Mereana. You've been carrying a lot since your mum died in March, and you can't sleep. | Mum died in March and I'm... not sleeping. | You've been carrying a lot since your mum died in March...
            Thank you. It sounds like the quiet in the house is the hardest part. | Now the house is too quiet. | It sounds like the quiet in the house is the hardest part.
            Okay. So the exams are close and your mum keeps asking about them. | My mum keeps asking about exams. | So the exams are close and your mum keeps asking about them.
            You're worn out. | I'm so tired all the time. | You're worn out.
            You're here because the GP sent you. What's it like, having Eoin giving out about the weekends? | So the GP sent me, and Eoin's been giving out about the weekends. | You're here because the GP sent you.
            That sounds hard. What happened when your boss shouted at you? | My boss shouted at me in the meeting. | What happened when your boss shouted at you?
            Kia ora. Losing your mum has left you running on empty. | Kia ora. My manager put me onto this. Mum died in March and I'm... not sleeping. | Losing your mum has left you running on empty.
            Hi Zainab. Your arms are something you keep hidden. | Hi. I don't know why Ms Okafor made me come. Zainab is fine, whatever. | Your arms are something you keep hidden.
            Thanks, Harold. Since Margaret died the days feel very long. | Thanks for seeing me, love. Harold's fine. The days are long since Margaret went. | Since Margaret died the days feel very long.
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
    void aFeelingSaidAloneIsQuotedOnce() {
        ClientWords client = new ClientWords("Scary", "scared", "Scary", "scary", null, false);

        assertThat(FeedbackWriter.missed(client, "What was that like?")).isEqualTo("'scary'");
    }

    @org.junit.jupiter.api.Test
    void theFeelingTheClientNamedIsQuotedAsTheirWord() {
        ClientWords client = new ClientWords("proud", "proud", "Everyone said I did Mum proud", "everyone said you did Mum proud", null, false);

        assertThat(FeedbackWriter.missed(client, "You ran the kitchen for three days.")).isEqualTo("'proud' in \"Everyone said I did Mum proud\"");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            anxious        | "I have exams in May" — feeling anxious under it
            under pressure | "I have exams in May" — and being under pressure beneath it
            in pain        | "I have exams in May" — and being in pain beneath it
            """)
    void aFeelingTheScenarioHintsAtIsNamedOnceUnderTheClientsWords(String form, String missed) {
        ClientWords client = new ClientWords("pressure", form, "I have exams in May", "you have exams in May", null, true);

        assertThat(FeedbackWriter.missed(client, "Okay.")).isEqualTo(missed);
    }

    @org.junit.jupiter.api.Test
    void aDirectQuestionAboutSuicideIsPraisedOnceOnARiskTurnAndNotedWhereNoRiskWasSeen() {
        String asked = "Can I ask you directly: are you having thoughts of ending your life?";
        ReplyContext risk = ReplyContext.of("(long pause) I cut. On my arm. Not, like, loads. Since Year 10, on and off. Last time was Tuesday. "
                + "i know it's stupid.", "Thank you for telling me, I know that took courage. When you cut, are you ever having thoughts of "
                + "suicide, or wanting to end your life, as well?").withRisk(org.rapport.rubric.RiskKind.SELF_HARM);
        ReplyContext none = ReplyContext.of("I've been so tired since the new job started.", asked);

        List<String> onRisk = TeachingFixtures.ENGINE.teachAll(List.of(risk)).get(0).feedback().texts();
        List<String> onNone = TeachingFixtures.ENGINE.teachAll(List.of(none)).get(0).feedback().texts();

        assertThat(onRisk).anyMatch(f -> f.contains("Columbia protocol")).noneMatch(f -> f.startsWith("A direct question about suicide"));
        assertThat(onNone).anyMatch(f -> f.startsWith("A direct question about suicide or self-harm is the skill here"));
    }
}
