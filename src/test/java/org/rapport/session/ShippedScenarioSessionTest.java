package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.client.ScriptedClient;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricLibrary;
import org.rapport.scenario.ScenarioLibrary;
import org.rapport.scenario.ScenarioLoader;

/**
 * Sessions with the shipped scenarios, the scripted client and the real rubric engine, played from the
 * content's good and poor reply files.
 */
class ShippedScenarioSessionTest {

    static final ScenarioLibrary SCENARIOS = new ScenarioLibrary(Path.of("scenarios"), new ScenarioLoader());
    static final RubricEngine ENGINE = RubricLibrary.load(Path.of("rubrics")).engine("core");
    static final Path REPLIES = Path.of("src/test/resources/replies");

    final InMemorySessionJournal journal = new InMemorySessionJournal();
    final PracticeSessions sessions = new PracticeSessions(SCENARIOS::get, (scenario, mode) -> new ScriptedClient(scenario),
            id -> ENGINE, journal, new TestClock(Instant.parse("2026-11-27T18:32:00Z")), new SplittableRandom(11));

    static Stream<String> scripted() {
        return SCENARIOS.all().stream().filter(s -> s.mode().equals("scripted"))
                .filter(s -> REPLIES.resolve(s.id() + "-good.txt").toFile().exists()).map(s -> s.id());
    }

    static List<String> replies(String scenario, String kind) throws Exception {
        return RepliesFile.read(REPLIES.resolve(scenario + "-" + kind + ".txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripted")
    void goodRepliesLeaveTheClientTrustingMoreThanPoorOnesAndMeetMoreObjectives(String scenario) throws Exception {
        PracticeSession good = sessions.play(scenario, "alex", replies(scenario, "good"), (r, t) -> { });
        PracticeSession poor = sessions.play(scenario, "alex", replies(scenario, "poor"), (r, t) -> { });

        assertThat(good.clientState().trust()).isGreaterThan(poor.clientState().trust());
        assertThat(good.summary().overall()).isGreaterThan(poor.summary().overall());
        long goodMet = SessionReport.of(good).objectives().stream().filter(o -> o.met()).count();
        long poorMet = SessionReport.of(poor).objectives().stream().filter(o -> o.met()).count();
        assertThat(goodMet).isGreaterThan(poorMet);
    }

    /** Kill a session halfway (drop the object), resume it from the journal, finish it: same as never stopping. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scripted")
    void aSessionResumedAfterACrashEndsExactlyAsAnUninterruptedOne(String scenario) throws Exception {
        List<String> replies = replies(scenario, "good");
        PracticeSession whole = sessions.start(scenario, "alex", null);
        replies.forEach(r -> { if (!whole.ended()) whole.reply(r, t -> { }); });

        PracticeSession crashed = sessions.start(scenario, "alex", null);
        int half = replies.size() / 2;
        replies.subList(0, half).forEach(r -> crashed.reply(r, t -> { }));
        PracticeSession resumed = sessions.resume(crashed.id());
        assertThat(resumed.clientState()).isEqualTo(crashed.clientState());
        assertThat(resumed.lastClientTurn()).isEqualTo(crashed.lastClientTurn());
        replies.subList(half, replies.size()).forEach(r -> { if (!resumed.ended()) resumed.reply(r, t -> { }); });

        assertThat(comparable(journal.load(crashed.id()).orElseThrow())).isEqualTo(comparable(journal.load(whole.id()).orElseThrow()));
    }

    private static List<List<Object>> comparable(SavedSession saved) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(saved.record().status(), saved.record().scenarioId()));
        saved.turns().forEach(t -> rows.add(Arrays.asList(t.index(), t.speaker(), t.text(), t.score(), t.clientState(),
                t.beatId())));
        return rows;
    }
}
