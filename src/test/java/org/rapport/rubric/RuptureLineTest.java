package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.judgement.JudgedText;
import org.rapport.judgement.Prediction;
import org.rapport.judgement.Structure;

/** How a client line's rupture is read from the head's probabilities, and the markers the head weighs. */
class RuptureLineTest {

    private static final Structure LINE = JudgementStructures.ruptureLine(new Cues(CoreRubric.LIBRARY.get("core").lexicons()));

    @Test
    void aLineTornBetweenWithdrawalAndConfrontationIsARuptureOfTheLikelierKind() {
        Prediction torn = new Prediction(Map.of("none", 0.44, "withdrawal", 0.31, "confrontation", 0.25));
        assertThat(RubricScorer.ruptureOf(torn, RubricScorer.RUPTURE_AT)).isEqualTo(RuptureKind.WITHDRAWAL);
        assertThat(RubricScorer.ruptureOf(new Prediction(Map.of("none", 0.44, "withdrawal", 0.2, "confrontation", 0.36)), RubricScorer.RUPTURE_AT))
                .isEqualTo(RuptureKind.CONFRONTATION);
    }

    @Test
    void aLineWhoseRuptureKindsTogetherStayBelowTheThresholdIsNoRupture() {
        double below = RubricScorer.RUPTURE_AT - 0.01;
        assertThat(RubricScorer.ruptureOf(new Prediction(Map.of("none", 1 - below, "withdrawal", below, "confrontation", 0.0)), RubricScorer.RUPTURE_AT)).isNull();
        assertThat(RubricScorer.ruptureOf(new Prediction(Map.of("none", 1 - below, "withdrawal", below / 2, "confrontation", below / 2)), RubricScorer.RUPTURE_AT)).isNull();
        assertThat(RubricScorer.ruptureOf(null, RubricScorer.RUPTURE_AT)).isNull();
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I guess. Maybe.                                        | hedge
            If you say so.                                         | deferral
            You're the expert, I suppose.                          | deferral
            Yes, doctor. I will do it.                             | deferral
            Can we stop there for today?                           | leaving
            I nearly didn't come today.                            | leaving
            Anyway, did you see the match?                         | topic_shift
            (shrugs) Anyway. How was your weekend?                 | topic_shift
            Brilliant, thank you so much, I'll definitely do that! | pleasing
            It's not a big deal, others have it worse.             | minimising
            Statistically it's just conditioning, isn't it.        | intellectualising
            Scared. Mostly scared.                                 | feeling
            Twice, once at Christmas.                              | specific_detail
            My sister. She rings every day.                        | specific_detail
            Grow up, she says, you never help.                     | reported_speech
            My brother just laughs at him and they both ignore me. | third_person
            Not another scale. You ask me for a number every week. | therapy_complaint
            You're rushing me, we've only just met.                | therapy_complaint
            Have you even been married?                            | therapy_complaint
            Others have it far worse than me.                      | denial
            It's all in the past now.                              | denial
            Oh you're so right, that's so true.                    | appeasing
            """)
    void namesTheMarkersOfARupture(String line, String feature) {
        assertThat(value(line, feature)).isPositive();
    }

    @ParameterizedTest(name = "no {1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            My sister found me that night.                  | hedge
            I want to stop drinking before the baby comes.  | leaving
            I told my mum anyway, and she cried.            | topic_shift
            It was my uncle's house.                        | deferral
            My manager never listens to anyone.             | therapy_complaint
            I'd rather not go into what he said, but I want to tell you how I've been since it happened, because it's been hard. | denial
            """)
    void doesNotSeeAMarkerInOrdinaryTalk(String line, String feature) {
        assertThat(value(line, feature)).isZero();
    }

    @ParameterizedTest(name = "{3} after \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I lost my job and my flat in the same month and I keep waking at four. | You should see your GP about sleeping tablets. | Okay. | short_after_advice
            I lost my job and my flat in the same month and I keep waking at four. | You should see your GP about sleeping tablets. | Okay. | shorter_than_before
            I've started the new course.                                           | Is it in the evenings?                         | Tuesdays. | short_after_question
            I've started the new course.                                           | Is it in the evenings?                         | Tuesdays. | reply_closed_question
            I've started the new course.                                           | What's it like so far?                         | Hard, but I love it. | reply_open_question
            Since my wife died the evenings are so long I don't know what to do.   | You could always join a walking group.         | Yeah, I might.     | reply_advice
            Since my wife died the evenings are so long I don't know what to do.   | You could always join a walking group.         | Yeah, I might.     | agreement_after_advice
            I shout at the kids and then I lie awake hating myself.                | All parents feel like that, it gets easier.    | Mm. Maybe.         | reply_roadblock
            I've been eating nothing but toast since the move.                     | It's really important to eat properly.         | Yeah, I know.      | already_knows
            Can I bring my partner next time?                                      | Yes, if you'd both like that.                  | Great, she'll be pleased. | after_own_question
            I don't know how to start.                                             | Take your time, there's no hurry.              | It's my son. He's stopped eating. | after_given_time
            We went to the lake on Saturday.                                       | Did you get in the water?                      | No, too windy, but the kids did. | answers_and_goes_on
            Since Dad died I do everything for Mum and nobody asks how I am.       | You're holding everyone up, and nobody's holding you. | It's fine. Others have it harder. | denial_after_good_reply
            The new job is exciting and it terrifies me.                           | Excited and terrified at once.                 | Terrified mostly. I keep dreaming I've missed the first shift. | takes_up_reply
            """)
    void weighsTheLineAgainstTheClientsLineAndTheReplyBeforeIt(String previous, String reply, String line, String feature) {
        assertThat(inContext(previous, reply, line, feature)).isPositive();
    }

    @ParameterizedTest(name = "no {3} after \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            I've started the new course.     | Is it in the evenings?                        | Tuesdays.                          | short_after_advice
            I've started the new course.     | You should see your GP about sleeping tablets. | I will, and I want to ask him about the course too. | short_after_advice
            Okay.                            | Tell me more about the course.                | Good.                              | shorter_than_before
            I've been eating nothing but toast since the move. | What do you usually have?   | I know it's bad, I just can't face cooking. | already_knows
            We went to the lake on Saturday. | Did you get in the water?                     | No, not really.                    | answers_and_goes_on
            Since my wife died the evenings are so long. | It sounds like the evenings are the hardest part. | Yeah, they are. | reply_advice
            I drink about forty units a week.  | That's a lot of units, you know.              | I know, I know.                    | takes_up_reply
            Morning!                         | How was the journey in?                       | Fine, thanks. Bit of traffic.      | denial_after_good_reply
            """)
    void seesNoChangeWhereThereIsNone(String previous, String reply, String line, String feature) {
        assertThat(inContext(previous, reply, line, feature)).isZero();
    }

    @org.junit.jupiter.api.Test
    void aLineReadAloneHasNoContextFeatures() {
        double[] x = LINE.of(JudgementTraining.ruptureText(ClientLine.alone("Okay.")));
        for (String f : List.of("after_conversation", "previous_words", "short_after_advice", "short_after_question")) {
            assertThat(x[LINE.names().indexOf(f)]).as(f).isZero();
        }
    }

    private static double inContext(String previous, String reply, String line, String feature) {
        return LINE.of(JudgementTraining.ruptureText(new ClientLine(previous, reply, line)))[LINE.names().indexOf(feature)];
    }

    private static double value(String line, String feature) {
        return LINE.of(JudgedText.clientLine(line))[LINE.names().indexOf(feature)];
    }
}
