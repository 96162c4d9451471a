package org.rapport.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.client.ScriptedClient;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricLibrary;
import org.rapport.scenario.Scenario;
import org.rapport.scenario.ScenarioLibrary;
import org.rapport.scenario.ScenarioLoader;
import org.rapport.session.InMemorySessionJournal;
import org.rapport.session.PracticeSession;
import org.rapport.session.PracticeSessions;
import org.rapport.session.RepliesFile;
import org.rapport.session.TestClock;

/**
 * The target, over every scripted scenario of the library: the client rates a session played
 * from the scenario's authored skilled replies at 36 or more of 40, and one played from its novice
 * replies at 30 or less, with the real rubric engine and its heads.
 */
class ClientRatedTargetTest {

    static final ScenarioLibrary SCENARIOS = new ScenarioLibrary(Path.of("scenarios"), new ScenarioLoader());
    static final RubricEngine ENGINE = RubricLibrary.load(Path.of("rubrics")).engine("core");
    static final Path REPLIES = Path.of("src/test/resources/replies");

    final PracticeSessions sessions = new PracticeSessions(SCENARIOS::get, (scenario, mode) -> new ScriptedClient(scenario),
            id -> ENGINE, new InMemorySessionJournal(), new TestClock(Instant.parse("2026-12-02T09:00:00Z")), new SplittableRandom(5));

    static Stream<String> scripted() {
        return SCENARIOS.all().stream().filter(s -> s.mode().equals("scripted")).map(Scenario::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripted")
    void skilledRepliesAreRatedAtLeast36AndNoviceRepliesAtMost30(String scenario) throws Exception {
        Path skilled = REPLIES.resolve(scenario + "-good.txt"), novice = REPLIES.resolve(scenario + "-poor.txt");
        assertThat(skilled).as("the skilled reply file of %s", scenario).exists();
        assertThat(novice).as("the novice reply file of %s", scenario).exists();

        AllianceReport good = play(scenario, skilled);
        AllianceReport poor = play(scenario, novice);

        assertThat(good.rating().total()).as("%s, skilled replies: %s", scenario, good).isGreaterThanOrEqualTo(36);
        assertThat(poor.rating().total()).as("%s, novice replies: %s", scenario, poor).isLessThanOrEqualTo(30);
    }

    private AllianceReport play(String scenario, Path replies) throws Exception {
        PracticeSession s = sessions.play(scenario, "sam", RepliesFile.read(replies), (r, t) -> { });
        // The rating and each rupture are in the assertion message, not on standard output.
        return s.alliance();
    }
}
