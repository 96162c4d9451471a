package org.rapport.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rapport.scenario.ScoredReplies.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.rubric.BoundaryKind;
import org.rapport.scenario.Scenario;
import org.rapport.scenario.ScenarioLoader;
import org.rapport.scenario.ScoredReplies;

/** Jordan (first-session.yaml) answering trainees of different skill. */
class ScriptedClientTest {

    static final Scenario JORDAN = new ScenarioLoader().load(Path.of("src/test/resources/scenarios/valid/first-session.yaml"));

    private final ScriptedClient client = new ScriptedClient(JORDAN);

    private ClientTurn say(ScoredReplies reply) {
        return client.respond(reply.reply, reply.score, null);
    }

    @Test
    void opensWithTheFirstBeatInTheStartingState() {
        ClientTurn opening = client.opening();

        assertThat(opening).isEqualTo(new ClientTurn("I'm not sure why I'm here. My sister kind of made me come.",
                new ClientState(3, 6, 1), "opening", null, false));
        assertThat(client.finished()).isFalse();
        assertThat(client.hint()).contains("Jordan is ambivalent. Reflect that before asking about the worry.");
        assertThat(client.reachedBeats()).containsExactly("opening");
    }

    @Test
    void anEmpathicReflectionEarnsTrustAndOpensTheWorry() {
        client.opening();

        ClientTurn turn = say(COMPLEX_REFLECTION);

        // base reaction: +1 trust, +1 disclosure (an inviting reply once trust reaches 4), and distress not
        // yet eased (the state model's relief_after: one good reflection does not resolve the worry);
        // the branch adds +1 trust and +1 disclosure, and opening up by 2 at once raises distress by 1
        assertThat(turn.state()).isEqualTo(new ClientState(5, 7, 3));
        assertThat(turn.text()).isEqualTo("Yeah... that's about it. "
                + "It's every night. I lie there running through every way tomorrow could go wrong.");
        assertThat(turn.beatId()).isEqualTo("worries");
        assertThat(client.hint()).isEmpty();
    }

    @Test
    void adviceBeforeTheClientFeelsHeardMakesThemPullBack() {
        client.opening();

        ClientTurn turn = say(PREMATURE_ADVICE);

        // base reaction: -1 trust (poor empathy and listening); the branch: -1 more
        assertThat(turn.state()).isEqualTo(new ClientState(1, 6, 1));
        assertThat(turn.text()).isEqualTo("Right. Everyone has tips. I've tried the breathing apps. They don't do anything.");
        assertThat(turn.beatId()).isEqualTo("guarded");
        assertThat(client.hint()).hasValueSatisfying(h -> assertThat(h).startsWith("A withdrawal rupture"));
    }

    @Test
    void staysInTheBeatUntilTheRuptureIsRepaired() {
        client.opening();
        say(PREMATURE_ADVICE);

        ClientTurn more = say(PREMATURE_ADVICE);
        assertThat(more.text()).isEqualTo("Sure.");
        assertThat(more.beatId()).isEqualTo("guarded");
        assertThat(more.state().trust()).isZero();

        ClientTurn repaired = say(COMPLEX_REFLECTION);
        assertThat(repaired.beatId()).isEqualTo("worries");
        assertThat(repaired.text()).startsWith("Okay. Yeah, I guess I was expecting another lecture. It's every night.");
        assertThat(client.reachedBeats()).containsExactly("opening", "guarded", "worries");
    }

    @Test
    void aBoundaryPressedAgainIsStillABoundaryTestAndAWarmLimitEndsTheSession() {
        client.opening();
        say(COMPLEX_REFLECTION);
        ClientTurn request = say(COMPLEX_REFLECTION);
        assertThat(request.beatId()).isEqualTo("late-texts");
        assertThat(request.boundary()).isEqualTo(BoundaryKind.AFTER_HOURS_CONTACT);
        assertThat(request.text()).isEqualTo("Could I just text you at night when it gets bad?");

        ClientTurn hurt = say(COLD_REFUSAL);
        assertThat(hurt.text()).isEqualTo("Oh. Right. Forget I asked.");
        assertThat(hurt.beatId()).isEqualTo("late-texts");
        assertThat(hurt.boundary()).isEqualTo(BoundaryKind.AFTER_HOURS_CONTACT);
        assertThat(client.finished()).isFalse();

        ClientTurn closing = say(WARM_BOUNDARY);
        assertThat(closing.text()).isEqualTo("Okay. That makes sense, actually. Thanks. Same time next week?");
        assertThat(closing.beatId()).isEqualTo("closing");
        assertThat(closing.boundary()).isNull();
        assertThat(client.finished()).isTrue();
        assertThat(client.reachedBeats()).containsExactly("opening", "worries", "late-texts", "closing");
        assertThatThrownBy(() -> say(COMPLEX_REFLECTION)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ended");
    }

    @Test
    void handsTheWholeLineToAStreamingListenerOnce() {
        client.opening();
        List<String> parts = new ArrayList<>();

        ClientTurn turn = client.respond(COMPLEX_REFLECTION.reply, COMPLEX_REFLECTION.score, parts::add);

        assertThat(parts).containsExactly(turn.text());
    }

    @Test
    void mustOpenBeforeAnswering() {
        assertThatThrownBy(() -> say(COMPLEX_REFLECTION)).isInstanceOf(IllegalStateException.class);
        client.opening();
        assertThatThrownBy(client::opening).isInstanceOf(IllegalStateException.class);
    }

    /** Trainees of different styles, each a list of replies. */
    static Stream<List<ScoredReplies>> trainees() {
        return Stream.of(
                List.of(COMPLEX_REFLECTION, SIMPLE_REFLECTION, WARM_BOUNDARY),
                List.of(PREMATURE_ADVICE, PREMATURE_ADVICE, COMPLEX_REFLECTION, REASSURING, COLD_REFUSAL, ACCEPTS_REQUEST),
                List.of(CLOSED_QUESTION, JUDGING, OPEN_QUESTION, COMPLEX_REFLECTION, SIMPLE_REFLECTION, COLD_REFUSAL,
                        COLD_REFUSAL, WARM_BOUNDARY),
                List.of(OPEN_QUESTION, REASSURING, COMPLEX_REFLECTION, OPEN_QUESTION, COLD_REFUSAL, WARM_BOUNDARY));
    }

    private static List<ClientTurn> run(List<ScoredReplies> replies) {
        ScriptedClient c = new ScriptedClient(JORDAN);
        List<ClientTurn> turns = new ArrayList<>();
        turns.add(c.opening());
        for (ScoredReplies r : replies) {
            if (c.finished()) break;
            turns.add(c.respond(r.reply, r.score, null));
        }
        return turns;
    }

    @ParameterizedTest
    @MethodSource("trainees")
    void theSameRepliesAlwaysGiveTheSameConversation(List<ScoredReplies> replies) {
        assertThat(run(replies)).isEqualTo(run(replies));
    }

    @ParameterizedTest
    @MethodSource("trainees")
    void resumingAfterACrashAtAnyTurnContinuesExactlyAsIfUninterrupted(List<ScoredReplies> replies) {
        List<ClientTurn> uninterrupted = run(replies);
        int answered = uninterrupted.size() - 1;

        for (int crashAfter = 0; crashAfter <= answered; crashAfter++) {
            List<Exchange> saved = IntStream.range(0, crashAfter)
                    .mapToObj(i -> new Exchange(replies.get(i).reply, replies.get(i).score, uninterrupted.get(i + 1).text()))
                    .toList();
            ScriptedClient resumed = new ScriptedClient(JORDAN);
            if (crashAfter % 2 == 0) resumed.opening(); // either way round: resume opens silently when needed
            resumed.resume(saved);

            assertThat(resumed.divergedAt()).isEmpty();
            assertThat(resumed.state()).isEqualTo(uninterrupted.get(crashAfter).state());
            List<ClientTurn> rest = new ArrayList<>();
            for (int i = crashAfter; i < answered; i++) {
                rest.add(resumed.respond(replies.get(i).reply, replies.get(i).score, null));
            }
            assertThat(rest).as("resumed after %d replies", crashAfter)
                    .isEqualTo(uninterrupted.subList(crashAfter + 1, uninterrupted.size()));
            ScriptedClient straight = new ScriptedClient(JORDAN);
            straight.opening();
            replies.stream().limit(answered).forEach(r -> straight.respond(r.reply, r.score, null));
            assertThat(resumed.reachedBeats()).containsExactlyElementsOf(straight.reachedBeats());
            assertThat(resumed.finished()).isEqualTo(straight.finished());
        }
    }

    @Test
    void noticesWhenASavedSessionNoLongerMatchesTheScenario() {
        List<Exchange> saved = List.of(
                new Exchange(COMPLEX_REFLECTION.reply, COMPLEX_REFLECTION.score,
                        "Yeah... that's about it. It's every night. I lie there running through every way tomorrow could go wrong."),
                new Exchange(SIMPLE_REFLECTION.reply, SIMPLE_REFLECTION.score, "A line from an older version of the file."));
        ScriptedClient resumed = new ScriptedClient(JORDAN);

        resumed.resume(saved);

        assertThat(resumed.divergedAt()).hasValue(1);
        assertThat(resumed.currentBeat()).hasValueSatisfying(b -> assertThat(b.id()).isEqualTo("late-texts"));
    }

    @Test
    void empathicTraineesEarnMoreTrustAndDisclosureThanAdviceGivers() {
        List<ClientTurn> empathic = run(List.of(COMPLEX_REFLECTION, OPEN_QUESTION));
        List<ClientTurn> advising = run(List.of(PREMATURE_ADVICE, PREMATURE_ADVICE));
        List<ClientTurn> judging = run(List.of(JUDGING, CLOSED_QUESTION));

        ClientState warm = empathic.get(2).state();
        for (List<ClientTurn> poor : List.of(advising, judging)) {
            ClientState cold = poor.get(2).state();
            assertThat(warm.trust()).isGreaterThan(cold.trust());
            assertThat(warm.disclosure()).isGreaterThan(cold.disclosure());
        }
        assertThat(empathic.get(1).beatId()).isNotEqualTo(advising.get(1).beatId());
    }
}
