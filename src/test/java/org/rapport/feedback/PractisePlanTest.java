package org.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.FeedbackGuide;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;

/** "Three things to practise": the weakest replies of three skills, a better reply for each, the trainee's own best as a model. */
class PractisePlanTest {

    static final List<FeedbackGuide.Skill> SKILLS = List.of(
            new FeedbackGuide.Skill("roadblock", "active_listening", "Stay with the client"),
            new FeedbackGuide.Skill("understanding", "empathy", "Name the feeling"),
            new FeedbackGuide.Skill("form", "active_listening", "Reflect before you ask"));

    /** A scored reply whose suggestion improves on active listening. */
    static PractisePlan.Reply reply(int index, String text, int empathy, int listening, Set<Roadblock> roadblocks, String suggestion) {
        return reply(index, text, empathy, listening, roadblocks, suggestion, "active_listening");
    }

    static PractisePlan.Reply reply(int index, String text, int empathy, int listening, Set<Roadblock> roadblocks, String suggestion,
            String suggestionFor) {
        TurnScore s = new TurnScore(BehaviorCode.of(Subtype.OPEN), new EmpathyMechanisms(0, 0, 0),
                Map.of("empathy", empathy, "active_listening", listening), List.of(), List.of(), roadblocks, null,
                null, null, false, suggestion, suggestion == null ? null : suggestionFor);
        return new PractisePlan.Reply(index, "client line " + index, text, s);
    }

    @Test
    void eachThingQuotesADifferentWeakReplyItsBetterReplyAndTheBestReplyOfThatSkill() {
        List<PractisePlan.Reply> replies = List.of(
                reply(1, "You should try a bath.", 1, 1, Set.of(Roadblock.ADVISING), "It sounds like the nights are long."),
                reply(3, "You're worn out by it.", 5, 4, Set.of(), null),
                reply(5, "Did you sleep?", 2, 2, Set.of(), "What has sleep been like?"),
                reply(7, "What keeps you awake?", 3, 5, Set.of(), "It sounds like your mind races."));

        List<PractisePlan.Thing> things = PractisePlan.of(SKILLS, replies);

        assertThat(things).extracting(PractisePlan.Thing::skill).containsExactly("Stay with the client", "Name the feeling", "Reflect before you ask");
        assertThat(things).extracting(t -> t.weakest().index()).containsExactly(1, 5, 3);
        assertThat(things.get(0).better()).isEqualTo("It sounds like the nights are long.");
        assertThat(things.get(0).model().index()).isEqualTo(7);   // the best reply without a roadblock
        assertThat(things.get(1).model().index()).isEqualTo(3);
        assertThat(things.get(2).model().index()).isEqualTo(7);
    }

    @Test
    void aSuggestionThatAnswersAnotherPartOfTheTurnIsNotOfferedForThisSkill() {
        // the turn's suggestion improved active listening; empathy's weakest reply gets no "one way to say it"
        List<PractisePlan.Reply> replies = List.of(reply(2, "Did you sleep?", 1, 2, Set.of(), "What has sleep been like?"));

        PractisePlan.Thing empathy = PractisePlan.of(List.of(SKILLS.get(1)), replies).get(0);

        assertThat(empathy.weakest().index()).isEqualTo(2);
        assertThat(empathy.better()).isNull();
    }

    @Test
    void onlyAReplyThatScoredFourOrMoreIsOfferedAsTheTraineesOwnModel() {
        List<PractisePlan.Reply> replies = List.of(
                reply(1, "Did you sleep?", 1, 2, Set.of(), null),
                reply(3, "Okay.", 3, 2, Set.of(), null));

        assertThat(PractisePlan.of(List.of(SKILLS.get(1)), replies).get(0).model()).isNull();
        assertThat(PractisePlan.of(List.of(SKILLS.get(1)), List.of(replies.get(0), reply(5, "You're exhausted.", 4, 3, Set.of(), null)))
                .get(0).model().index()).isEqualTo(5);
    }

    @Test
    void aDirectQuestionAboutSuicideIsNeverTheExampleOfAQuestionToOpenUp() {
        TurnScore asked = new TurnScore(BehaviorCode.of(Subtype.CLOSED), new EmpathyMechanisms(0, 0, 0),
                Map.of("empathy", 5, "active_listening", 3, "risk_and_safety", 5), List.of(), List.of(), Set.of(), null,
                null, null, true, null, null);
        List<PractisePlan.Reply> replies = List.of(
                new PractisePlan.Reply(5, "I cut. Last time was Tuesday.", "Have you had any thoughts of ending your life?", asked),
                reply(7, "Did you sleep?", 4, 4, Set.of(), null));

        PractisePlan.Thing form = PractisePlan.of(List.of(SKILLS.get(2)), replies).get(0);

        assertThat(form.weakest().index()).isEqualTo(7);
    }

    @Test
    void aReflectionThenAnOpenQuestionIsNeverTheExampleOfReflectingBeforeAsking() {
        List<PractisePlan.Reply> replies = List.of(
                reply(3, "You were down here when Tania rang. That's a lot to carry - what's that been like?", 4, 3, Set.of(), null),
                reply(5, "What's the night like?", 4, 4, Set.of(), null));

        PractisePlan.Thing form = PractisePlan.of(List.of(SKILLS.get(2)), replies).get(0);

        assertThat(form.weakest().index()).isEqualTo(5);
    }

    @Test
    void aSessionWhoseRepliesAllScoredFiveHasNothingToPractise() {
        assertThat(PractisePlan.of(SKILLS, List.of(reply(1, "You're worn out by it.", 5, 5, Set.of(), null)))).isEmpty();
    }

    @Test
    void theTraineesOwnWordsAreQuotedOnceWhateverQuotesTheyContain() {
        List<PractisePlan.Reply> replies = List.of(
                reply(1, "So \"fine\" means you'd rather not say?", 2, 2, Set.of(), null),
                reply(3, "You said \u201cnumb\u201d, and that's the word for it.", 5, 4, Set.of(), null));

        List<String> lines = PractisePlan.lines(PractisePlan.of(List.of(SKILLS.get(1)), replies));

        assertThat(lines).contains("   your weakest: turn 1 (2): \"So 'fine' means you'd rather not say?\"",
                "   your own model: turn 3 (5): \"You said 'numb', and that's the word for it.\"");
    }
}
