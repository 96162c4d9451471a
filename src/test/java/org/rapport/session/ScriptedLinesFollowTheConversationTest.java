package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rapport.client.ScriptedClient;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Branch;
import org.rapport.scenario.Scenario;
import org.rapport.transcript.Speaker;

/**
 * A scripted client never contradicts what the trainee just said: a line that presupposes the trainee's
 * words is said only on a branch that tests for them. Played with the shipped scenarios, the scripted
 * client and the real rubric engine.
 */
class ScriptedLinesFollowTheConversationTest {

    final PracticeSessions sessions = new PracticeSessions(ShippedScenarioSessionTest.SCENARIOS::get,
            (scenario, mode) -> new ScriptedClient(scenario), id -> ShippedScenarioSessionTest.ENGINE,
            new InMemorySessionJournal(), new TestClock(Instant.parse("2026-11-27T18:32:00Z")), new SplittableRandom(3));

    private static List<String> clientLines(PracticeSession session) {
        return session.turns().stream().filter(t -> t.speaker() == Speaker.CLIENT).map(SessionTurn::text).toList();
    }

    @Test
    void hectorDoesNotCorrectATraineeWhoSaidExhaustedToTheirOwnWord() {
        PracticeSession session = sessions.start("gad-hector", "alex", null);
        TurnResult result = session.reply("It sounds like you're exhausted by a mind that won't switch off, and a bit"
                + " embarrassed to be here at all.", t -> { });

        assertThat(result.score().score("empathy")).as("the warm branch").isGreaterThanOrEqualTo(4);
        assertThat(result.answer().text()).doesNotContain("Worn out").doesNotContain("That's the word");
    }

    @Test
    void hectorToldToRelaxDoesNotLeaveSayingNobodyToldHimToRelax() throws Exception {
        List<String> replies = new ArrayList<>(ShippedScenarioSessionTest.replies("gad-hector", "good"));
        replies.add(1, "Try to just relax a bit more. Worrying won't change anything.");
        PracticeSession session = sessions.play("gad-hector", "alex", replies, (r, t) -> { });

        assertThat(session.ended()).isTrue();
        assertThat(clientLines(session)).noneMatch(line -> line.contains("Nobody told me to just relax"));
    }

    @Test
    void nadiaDoesNotAskForTipsRightAfterReceivingThem() {
        PracticeSession session = sessions.start("phobia-nadia", "alex", null);
        session.reply("It sounds like part of you is embarrassed, and part of you is really scared of what the needle means.",
                t -> { });
        assertThat(session.lastClientTurn().beatId()).isEqualTo("what-happens");

        TurnResult tips = session.reply("You should try lying down for the blood draw and tell the nurse you faint.", t -> { });

        assertThat(tips.answer().text()).doesNotContain("Any tips?");
        assertThat(session.lastClientTurn().text()).doesNotContain("Any tips?");
    }

    /** Every shipped line that quotes the trainee's advice back is on a branch that tests for advice. */
    @Test
    void linesThatSayTheClientHadTipsFollowABranchForAdvice() {
        Scenario nadia = ShippedScenarioSessionTest.SCENARIOS.get("phobia-nadia");
        for (Beat beat : nadia.beats()) {
            for (Branch branch : beat.branches()) {
                if ("parking-lot-after-tips".equals(branch.next())) {
                    assertThat(branch.when()).as(beat.id() + " branch to the after-tips line").extracting(c -> c.subject())
                            .containsAnyOf("subtype", "roadblock");
                }
            }
        }
    }
}
