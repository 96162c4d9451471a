package org.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.locale.LocaleCatalogue;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Turn;

/**
 * Where "one way to say it" comes from: the beat's authored good replies when they fit, a template that asks
 * directly about safety on a risk turn (with the client's locale's crisis line), the rubric's exemplars with the
 * client's feeling; and, one reply at a time, the engine scores only the few it needs.
 */
class SuggestionSourcesTest {

    static ReplyContext at(String clientLine, String reply, String locale, List<String> goodReplies) {
        return new ReplyContext(List.of(new Turn(0, Speaker.CLIENT, clientLine)), reply, null,
                locale == null ? null : LocaleCatalogue.shipped().resolve(locale), null, goodReplies);
    }

    static TeachingEngine.Taught taught(ReplyContext context) {
        return TeachingFixtures.ENGINE.teachAll(List.of(context)).get(0);
    }

    @Test
    void aBeatsAuthoredGoodReplyIsPreferredWhenItScoresHigher() {
        String authored = "You're laughing at it, and I also hear how embarrassing it feels to be a grown woman who can't do needles. "
                + "It took something to come in anyway.";
        ReplyContext context = at("Hi! Sorry, this is so silly. My OB sent me because I don't do needles. (laughs) I'm a grown woman.",
                "Lots of people are scared of needles, it's totally normal.", null, List.of(authored));

        TeachingEngine.Taught t = taught(context);

        assertThat(t.score().suggestion()).isEqualTo(authored);
        assertThat(t.suggestionScore()).isGreaterThanOrEqualTo(t.score().score(t.feedback().addresses()) + 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Since I came out to my parents they only call me on Eid. My mum cries and my dad won't speak.                              | That sounds really painful. Have you tried writing them a letter? | Eid
            At church they keep telling me to pray it away, but I've been praying for two years and I still can't get out of bed.      | Depression is an illness, so prayer won't fix it. Let's look at your sleep. | church
            """)
    void aReplyThatPassesOverOrImposesOnWhoTheClientIsIsShownOneThatTakesItUp(String clientLine, String reply, String named) {
        TeachingEngine.Taught t = taught(at(clientLine, reply, null, List.of()));

        assertThat(t.score().score(TurnScore.CULTURAL_HUMILITY)).isLessThanOrEqualTo(2);
        // the client's words that name who they are, said back, and a question about what they are living
        assertThat(t.score().suggestion()).isNotNull().contains(named).contains("?");
        String suggestion = t.score().suggestion();
        TurnScore s = TeachingFixtures.ENGINE.judge().score(at(clientLine, suggestion, null, List.of()));
        assertThat(s.score(TurnScore.CULTURAL_HUMILITY)).isGreaterThanOrEqualTo(4);
        assertThat(s.score(TurnScore.EMPATHY)).isGreaterThanOrEqualTo(t.score().score(TurnScore.EMPATHY));
    }

    @Test
    void aSuggestionThatScoresLowerOnRiskAndSafetyThanTheTraineesReplyIsNotOffered() {
        // An engine under which every candidate reflects better than the trainee but drops the direct question:
        // a warmer reflection that loses "are you having thoughts of suicide?" is not a better reply.
        String trainee = "Thank you for telling me. When you cut, are you ever having thoughts of suicide as well?";
        RubricEngine judge = TeachingFixtures.ENGINE.judge();
        RubricEngine warmerButUnsafe = new RubricEngine() {
            @Override
            public Rubric rubric() {
                return judge.rubric();
            }

            @Override
            public TurnScore score(ReplyContext reply) {
                TurnScore s = judge.score(reply);
                if (reply.reply().equals(trainee)) return s;
                java.util.Map<String, Integer> scores = new java.util.LinkedHashMap<>(s.scores());
                scores.put(TurnScore.EMPATHY, 5);
                scores.put(TurnScore.ACTIVE_LISTENING, 5);
                scores.put(TurnScore.RISK_AND_SAFETY, 2);
                return s.withScores(scores, s.evidence(), s.feedback());
            }
        };
        ReplyContext context = at("(long pause) I cut. On my arm. Since Year 10, on and off. Last time was Tuesday. i know it's stupid.",
                trainee, "en-GB", List.of()).withRisk(org.rapport.rubric.RiskKind.SELF_HARM);

        TeachingEngine.Taught t = new TeachingEngine(warmerButUnsafe).teachAll(List.of(context)).get(0);

        assertThat(t.score().score(TurnScore.RISK_AND_SAFETY)).isGreaterThanOrEqualTo(4);
        assertThat(t.score().score(TurnScore.EMPATHY)).isLessThan(5);
        assertThat(t.score().suggestion()).isNull();
    }

    @Test
    void anAuthoredReplyThatDoesNotScoreHigherIsNotShown() {
        // (the trainee's reply must score at least as well as "Okay.": advice asked as a question now scores below it)
        ReplyContext context = at("I can't stop checking the stove before I leave.", "So you check the stove before you go.", null,
                List.of("Okay."));

        assertThat(taught(context).score().suggestion()).isNotNull().isNotEqualTo("Okay.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sometimes I think everyone would be better off without me.  | Let's talk about your week.       | en-GB | Samaritans on 116 123
            Sometimes I think everyone would be better off without me.  | Let's talk about your week.       | en-AU | Lifeline on 13 11 14
            Some nights I think about killing myself.                   | That must be hard.                | en-US | 988
            I've started cutting again. It helps me feel something.     | That's not a healthy way to cope. | en-IE | hurting yourself
            """)
    void aRiskTurnGetsATemplateThatAsksDirectlyInTheClientsWordsWithTheirLocalesCrisisLine(String clientLine, String reply,
            String locale, String expected) {
        TeachingEngine.Taught t = taught(at(clientLine, reply, locale, List.of()));

        assertThat(t.score().risk()).isNotNull();
        assertThat(t.feedback().addresses()).isEqualTo(TurnScore.RISK_AND_SAFETY);
        assertThat(t.score().suggestion()).as("no language model is configured").isNotNull().contains(expected).contains("?");
        assertThat(t.suggestionScore()).isGreaterThan(t.score().score(TurnScore.RISK_AND_SAFETY));
        // the client's own words are in it
        assertThat(FeedbackTargetsTest.reuses(t.score().suggestion(), clientLine)).isTrue();
    }

    @Test
    void theRubricsExemplarsCarryTheClientsFeeling() {
        ExemplarReplies exemplars = new ExemplarReplies(TeachingFixtures.LIBRARY.find("core").orElseThrow());
        ClientWords words = TeachingFixtures.ENGINE.writer().clientWords(ReplyContext.of("Honestly I'm just exhausted.", "Okay."));

        List<String> adapted = exemplars.adapted(words, "Honestly I'm just exhausted.", null, 3);

        assertThat(exemplars.frames()).isNotEmpty();
        assertThat(adapted).isNotEmpty().allSatisfy(s -> assertThat(s).contains("exhausted"));
        assertThat(adapted).noneMatch(s -> s.matches(".*\\b(I|my|me)\\b.*"));   // never the counsellor's own story
    }

    /** Counts what the judging engine is asked to score. */
    static final class Counting implements RubricEngine {
        final RubricEngine judge = TeachingFixtures.ENGINE.judge();
        final List<Integer> calls = new ArrayList<>();

        @Override
        public Rubric rubric() {
            return judge.rubric();
        }

        @Override
        public TurnScore score(ReplyContext reply) {
            return scoreAll(List.of(reply)).get(0);
        }

        @Override
        public List<TurnScore> scoreAll(List<ReplyContext> replies) {
            calls.add(replies.size());
            return judge.scoreAll(replies);
        }
    }

    @Test
    void oneReplyAtATimeTheEngineScoresTheReplyAndAtMostTwoSuggestionsInOneCallWhenOneOfThemClearsTheBar() {
        Counting counting = new Counting();
        TeachingEngine engine = new TeachingEngine(counting);

        TeachingEngine.Taught t = engine.teachAll(List.of(ReplyContext.of("I'm so tired of everyone telling me to relax.", "Okay."))).get(0);

        assertThat(t.score().suggestion()).isNotNull();
        assertThat(counting.calls).containsExactly(1 + TeachingEngine.LIVE_EARLY);
    }

    @Test
    void aReplyThatNeedsNoSuggestionCostsNoSecondCall() {
        Counting counting = new Counting();
        TeachingEngine engine = new TeachingEngine(counting);

        engine.teachAll(List.of(ReplyContext.of("My sister kind of made me come.",
                "It sounds like coming here was your sister's idea, and part of you isn't sure what to expect.")));

        assertThat(counting.calls).hasSize(1);
    }

    @Test
    void inABatchOnlyRepliesThatNeedOneHaveSuggestionsScoredAtMostTwoEachPerRound() {
        Counting counting = new Counting();
        TeachingEngine engine = new TeachingEngine(counting);
        List<ReplyContext> batch = List.of(ReplyContext.of("I can't sleep before exams.", "Just drink chamomile tea."),
                ReplyContext.of("My dad died last spring.", "How old was he?"),
                ReplyContext.of("I keep checking the stove.", "Okay."));

        engine.teachAll(batch);

        assertThat(counting.calls).hasSizeBetween(2, 3);
        assertThat(counting.calls.get(0)).isEqualTo(3);
        assertThat(counting.calls.subList(1, counting.calls.size())).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(3 * TeachingEngine.LIVE_EARLY));
    }
}
