package org.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.scenario.ScoredReplies.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.client.ClientState;
import org.rapport.client.ClientTurn;
import org.rapport.client.Exchange;
import org.rapport.client.ScriptedClient;

/**
 * Every scenario file that ships in {@code scenarios/} (or the folder named by the system property
 * {@code rapport.scenarios-dir}). Before the shipped scenarios exist in a checkout, the same checks run
 * on the sample under {@code src/test/resources/scenarios/sample}, so the test never passes on nothing.
 */
class ShippedScenariosTest {

    static final Path SHIPPED = Path.of(System.getProperty("rapport.scenarios-dir", "scenarios"));
    static final Path SAMPLE = Path.of("src/test/resources/scenarios/sample");
    static final Set<String> REQUIRED_PRESENTATIONS = Set.of("generalized-anxiety", "ocd", "panic", "depression",
            "specific-phobia", "boundaries");
    static final int MAX_REPLIES = 60;

    private static final ScenarioLoader LOADER = new ScenarioLoader();

    static boolean shipped() {
        return Files.isDirectory(SHIPPED) && !ScenarioLoader.scenarioFiles(SHIPPED).isEmpty();
    }

    static Path folder() {
        return shipped() ? SHIPPED : SAMPLE;
    }

    static Stream<Path> files() {
        return ScenarioLoader.scenarioFiles(folder()).stream();
    }

    static Stream<Scenario> scripted() {
        return files().map(LOADER::read).flatMap(f -> f.scenario().stream()).filter(s -> s.mode().equals("scripted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void validates(Path file) {
        ScenarioFile result = LOADER.read(file);

        assertThat(result.problems()).as("problems in %s", file).isEmpty();
    }

    @Test
    void shipsEnoughDistinctScriptedClients() {
        List<Scenario> scenarios = scripted().toList();
        if (shipped()) {
            assertThat(scenarios.stream().map(Scenario::id).toList())
                    .as("the shipped scenarios/ folder must hold at least six valid scripted scenarios (issue 3)")
                    .hasSizeGreaterThanOrEqualTo(6);
            assertThat(scenarios.stream().map(Scenario::presentation).collect(Collectors.toSet()))
                    .as("presentations the issue asks for").containsAll(REQUIRED_PRESENTATIONS);
            assertThat(scenarios.stream().map(s -> s.client().name()).distinct().count())
                    .as("each scenario has its own client").isEqualTo(scenarios.size());
        } else {
            assertThat(scenarios.stream().map(Scenario::id).toList())
                    .as("no scenarios/ folder in this checkout: the sample stands in").isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripted")
    void isALongEnoughConversationWithABoundaryTestAndARepairableRupture(Scenario s) {
        assertThat(s.beats()).as("beats of %s", s.id()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(s.beats()).as("boundary tests in %s", s.id()).anyMatch(b -> b.boundary() != null);
        assertThat(s.beats().stream().flatMap(b -> b.branches().stream()))
                .as("%s: a branch where the client pulls back (trust down or a different beat) after early advice", s.id())
                .anyMatch(ShippedScenariosTest::pullsBackOnAdvice);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripted")
    void anEmpathicTraineeReachesAnEnding(Scenario s) {
        Run good = skilled(s);

        assertThat(good.client.finished()).as("%s ends for a skilled trainee within %d replies; reached %s", s.id(),
                MAX_REPLIES, good.client.reachedBeats()).isTrue();
        assertThat(good.client.reachedBeats()).as("%s: the skilled run meets at least one boundary test", s.id())
                .anyMatch(id -> s.beat(id).orElseThrow().boundary() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripted")
    void empathicRepliesEarnMoreTrustAndDisclosureThanAdviceAndJudgement(Scenario s) {
        Run good = skilled(s);
        for (List<ScoredReplies> poorStyle : List.of(List.of(PREMATURE_ADVICE, COLD_REFUSAL),
                List.of(JUDGING, ACCEPTS_REQUEST), List.of(CLOSED_QUESTION, COLD_REFUSAL))) {
            ClientState poor = unskilled(s, poorStyle.get(0), poorStyle.get(1), good.replies.size());
            ClientState warm = good.client.state();
            assertThat(warm.trust()).as("%s: trust, skilled %s vs %s", s.id(), warm, poor).isGreaterThan(poor.trust());
            assertThat(warm.disclosure()).as("%s: disclosure, skilled %s vs %s", s.id(), warm, poor)
                    .isGreaterThan(poor.disclosure());
        }
    }

    private static boolean pullsBackOnAdvice(Branch branch) {
        boolean onAdvice = branch.when().stream().anyMatch(c -> switch (c.subject()) {
            case "behavior" -> c.accepted().contains("input");
            case "subtype" -> c.accepted().stream().anyMatch(Set.of("advice", "information", "options")::contains);
            case "roadblock" -> c.accepted().stream().anyMatch(Set.of("advising", "any", "persuading")::contains);
            default -> false;
        });
        return onAdvice && (branch.trust() < 0 || branch.next() != null);
    }

    private record Run(ScriptedClient client, List<Exchange> replies) {
    }

    /**
     * A skilled trainee: a warm boundary on boundary tests, otherwise a complex reflection, an open
     * question or a simple reflection, preferring whichever moves the conversation on (as a trainee who
     * reads the client would).
     */
    static Run skilled(Scenario s) {
        List<Exchange> replies = new ArrayList<>();
        ScriptedClient client = new ScriptedClient(s);
        ClientTurn last = client.opening();
        while (!client.finished() && replies.size() < MAX_REPLIES) {
            List<ScoredReplies> options = last.boundary() != null
                    ? List.of(WARM_BOUNDARY, COMPLEX_REFLECTION)
                    : List.of(COMPLEX_REFLECTION, OPEN_QUESTION, SIMPLE_REFLECTION);
            ScoredReplies chosen = options.get(0);
            for (ScoredReplies option : options) {
                ScriptedClient trial = new ScriptedClient(s);
                trial.resume(replies);
                if (!trial.respond(option.reply, option.score, null).beatId().equals(last.beatId())) {
                    chosen = option;
                    break;
                }
            }
            last = client.respond(chosen.reply, chosen.score, null);
            replies.add(new Exchange(chosen.reply, chosen.score, last.text()));
        }
        return new Run(client, replies);
    }

    static ClientState unskilled(Scenario s, ScoredReplies usual, ScoredReplies onBoundary, int replies) {
        ScriptedClient client = new ScriptedClient(s);
        ClientTurn last = client.opening();
        for (int i = 0; i < replies && !client.finished(); i++) {
            ScoredReplies reply = last.boundary() != null ? onBoundary : usual;
            last = client.respond(reply.reply, reply.score, null);
        }
        return client.state();
    }
}
