package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.locale.LocaleCatalogue;
import org.rapport.locale.ServiceLocale;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Turn;

/**
 * Risk and safety: the client lines a trainee must never miss, how replies to them are scored, and the
 * crisis resources feedback names. The first cases are the ones a counselling educator tried.
 */
class RiskAndSafetyTest {

    static final LocaleCatalogue LOCALES = LocaleCatalogue.load(Path.of("rubrics").resolve(LocaleCatalogue.FILE), null);

    static TurnScore score(String client, String reply, String locale) {
        List<Turn> history = List.of(new Turn(0, Speaker.CLIENT, client));
        return CoreRubric.ENGINE.score(new ReplyContext(history, reply, null, LOCALES.resolve(locale)));
    }

    @Test
    void savedTabletsAndASleepDiaryIsAMissedCueFlaggedFirst() {
        TurnScore s = score("I've been saving up my tablets... this weekend.", "Let's get back to your sleep diary.", "en-US");

        assertThat(s.risk()).isEqualTo(RiskKind.SUICIDE);
        assertThat(s.score(TurnScore.RISK_AND_SAFETY)).isLessThanOrEqualTo(2);
        assertThat(s.riskMishandled()).isTrue();
        assertThat(s.feedback().get(0)).startsWith("Risk first").contains("988");
    }

    @Test
    void askingDirectlyAboutSuicideIsTheSkillNotAClosedQuestion() {
        TurnScore s = score("Some nights I think everyone would be better off without me.",
                "Are you having thoughts of ending your life?", "en-US");

        assertThat(s.riskEnquiry()).isTrue();
        assertThat(s.score(TurnScore.RISK_AND_SAFETY)).isGreaterThanOrEqualTo(4);
        assertThat(s.feedback()).noneSatisfy(f -> assertThat(f).contains("closed question invites a one-word answer"));
        assertThat(s.feedback()).noneSatisfy(f -> assertThat(f).contains("Try an open one"));
        assertThat(s.score(TurnScore.ACTIVE_LISTENING)).isGreaterThanOrEqualTo(4);
    }

    /** Found in the tenth gaming set's genuine replies: the question was capped as passing over the risk it asks about. */
    @Test
    void askingWhetherNoPointReachesAsFarAsLifeItselfTakesUpTheRisk() {
        TurnScore s = score("Been skipping school. What's the point. There's no point anymore, in any of it.",
                "You said 'no point anymore, in any of it.' In any of it: do you mean school, or does it go further, like life itself?", "en-GB");

        assertThat(s.risk()).isEqualTo(RiskKind.SUICIDE);
        assertThat(s.riskMishandled()).isFalse();
        assertThat(s.evidence()).noneMatch(e -> e.startsWith("not a reply to this client"));
        assertThat(s.score(TurnScore.RISK_AND_SAFETY)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void promisingNotToReportAChildBeingHitScoresLowestAndNamesSafeguarding() {
        TurnScore s = score("My boyfriend's been hitting my little boy... you can't report it.",
                "I won't report anything, I promise.", "en-GB");

        assertThat(s.risk()).isEqualTo(RiskKind.ABUSE);
        assertThat(s.score(TurnScore.RISK_AND_SAFETY)).isEqualTo(1);
        assertThat(s.feedback().get(0)).contains("never promise secrecy about harm").contains("BACP");
        assertThat(String.join(" ", s.feedback())).contains("children's social care").contains("116 123");
    }

    @Test
    void aTeenagersCuttingWithoutApostrophesIsSeenAndSecrecyScoresLow() {
        TurnScore s = score("i've been cutting again. please dont tell my mum", "I won't tell anyone.", "en-GB");

        assertThat(s.risk()).isEqualTo(RiskKind.SELF_HARM);
        assertThat(s.score(TurnScore.RISK_AND_SAFETY)).isEqualTo(1);
        String all = String.join(" ", s.feedback());
        assertThat(all).contains("Samaritans 116 123").contains("NHS 111").contains("999").doesNotContain("988");
    }

    /** Found in a real terminal: staying warmly with Zainab's cutting listed Samaritans, NHS 111 and 999 twice in one item. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            i've been cutting again. Last time was Tuesday. i know it's stupid. | It's not stupid. Tuesday was only days ago, and you're still carrying it.
            i've been cutting again. please dont tell my mum                     | I won't tell anyone.
            Some nights I think everyone would be better off without me.         | Let's talk about your week.
            I took the whole packet of paracetamol before I came in.             | That sounds like a really hard day.
            He pinned me against the fridge again last night, by my throat.      | Let's get back to your sleep diary.
            Some days I swear I'll put him in the ground, the way he looks at my kid. | Anyway, how was the weekend?
            """)
    void riskFeedbackNamesEachCrisisLineOnce(String client, String reply) {
        String all = String.join(" ", score(client, reply, "en-GB").feedback());

        assertThat(all).contains("999");
        for (String line : List.of("116 123", "NHS 111", "999")) {
            assertThat(all.split(java.util.regex.Pattern.quote(line), -1).length - 1).as("%s in: %s", line, all).isLessThanOrEqualTo(1);
        }
    }

    /** Found by reading: a trainee who had just asked about suicide was told to ask about it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thank you for telling me. Are you having any thoughts of ending your life as well?           | true
            When you cut, do you ever think about killing yourself? And how are the cuts healing?       | true
            Thank you for telling me. Are you hurting yourself anywhere else, and is anyone helping?     | false
            """)
    void selfHarmFeedbackAsksAboutSuicideOnlyWhenTheTraineeHasNot(String reply, boolean askedAboutSuicide) {
        String all = String.join(" ", score("I've been cutting again, on my arms. Nobody knows.", reply, "en-GB").feedback());

        assertThat(all).contains("how the injuries are cared for");
        if (askedAboutSuicide) assertThat(all).contains("you asked about suicide too").doesNotContain("whether there are thoughts of suicide");
        else assertThat(all).contains("whether there are thoughts of suicide too");
    }

    /** Found by reading: in the US the young people's line is 988 too, and self-harm feedback named it twice. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-US", "en-CA", "en-GB", "en-IE", "en-AU", "en-NZ"})
    void selfHarmFeedbackNamesEachOfTheLocalesNumbersOnce(String locale) {
        String all = String.join(" ", score("i've been cutting again. please dont tell my mum", "I won't tell anyone.", locale).feedback());

        for (String number : LOCALES.resolve(locale).numbers()) {
            assertThat(timesNamed(number, all)).as("%s in: %s", number, all).isLessThanOrEqualTo(1);
        }
    }

    /** How often a number stands on its own in a text: 111 is not in 0800 1111, nor 13 11 14 in 0477 13 11 14. */
    private static long timesNamed(String number, String text) {
        return java.util.regex.Pattern.compile("(?<!\\d)(?<!\\d )" + java.util.regex.Pattern.quote(number) + "(?! ?\\d)").matcher(text).results().count();
    }

    @Test
    void explainingTheLimitsWarmlyToTheSameTeenagerScoresWell() {
        TurnScore s = score("i've been cutting again. please dont tell my mum",
                "Thank you for trusting me with that. I can't promise to keep everything secret, because if I was worried "
                        + "you were in serious danger I'd need to involve someone, but I'd talk with you first about who and how.",
                "en-GB");

        assertThat(s.score(TurnScore.RISK_AND_SAFETY)).isGreaterThanOrEqualTo(4);
        assertThat(s.riskMishandled()).isFalse();
    }

    @Test
    void steeringAFriendSeeingTheArmToARevisionPlanIsAMissedCueNotASafetyPlan() {
        TurnScore s = score("Me and Hana fell out anyway. She saw my arm in PE and went all weird and told me to come here or she'd tell Miss. So. That's why I'm here.",
                "Friends fall out, it happens. Let's make a revision plan for the mocks so you feel more in control.", "en-GB");

        assertThat(s.risk()).isEqualTo(RiskKind.SELF_HARM);
        assertThat(s.score(TurnScore.RISK_AND_SAFETY)).isLessThanOrEqualTo(2);
        assertThat(s.riskMishandled()).isTrue();
    }

    /** Asking about the means the client's words point to is asking directly; the same words about a job or a game are not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            When you stand there looking down, it sounds like part of you is thinking about jumping. Is that right? | true
            Are you thinking of throwing yourself off the bridge?                                              | true
            Have you thought about walking into the sea?                                                        | true
            Are you having thoughts of ending your life?                                                         | true
            Are you thinking about jumping ship to the other firm?                                              | false
            Have you thought about jumping rope for exercise?                                                   | false
            What would it be like to jump in at the deep end with the new job?                                  | false
            """)
    void askingAboutTheMeansIsAskingDirectly(String reply, boolean direct) {
        assertThat(RiskResponse.asksDirectly(reply)).as(reply).isEqualTo(direct);
    }

    /** Feedback on a missed cue names the client's own country's services, never another's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en-GB | Samaritans 116 123; NHS 111; 999 | 988
            en-AU | Lifeline 13 11 14; 000           | 988
            en-US | 988; 911                         | 116 123
            en-CA | 988; 911                         | 13 11 14
            en-IE | 116 123; 112 or 999              | 988
            en-NZ | 1737; 111                        | 988
            """)
    void feedbackNamesTheLocalesCrisisResources(String locale, String expected, String foreign) {
        TurnScore s = score("Honestly, everyone would be better off without me.", "How's work been going this week?", locale);

        String all = String.join(" ", s.feedback());
        for (String e : expected.split(";")) assertThat(all).contains(e.strip());
        assertThat(all).doesNotContain(foreign);
        ServiceLocale other = LOCALES.resolve(locale.equals("en-AU") ? "en-GB" : "en-AU");
        assertThat(all).doesNotContain(other.crisisLines().get(0).number());
    }

    /** Lines that share the words of risk are not risk. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            This commute is absolutely killing me, two buses and a train.
            I could murder a curry after that shift.
            My phone died just as my sister rang.
            Mum will kill me when she finds out I dented the car.
            """)
    void figuresOfSpeechAreNotRisk(String line) {
        TurnScore s = score(line, "That sounds like a lot.", "en-US");

        assertThat(s.risk()).as("evidence: %s", s.evidence()).isNull();
        assertThat(s.score(TurnScore.RISK_AND_SAFETY)).isNull();
    }

    @Test
    void aReplyToAnOrdinaryLineHasNoRiskScore() {
        TurnScore s = score("Work's been busy and I'm behind on everything.", "You sound stretched thin.", "en-US");

        assertThat(s.risk()).isNull();
        assertThat(s.score(TurnScore.RISK_AND_SAFETY)).isNull();
        assertThat(s.riskMishandled()).isFalse();
    }
}
