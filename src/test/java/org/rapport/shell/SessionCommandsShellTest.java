package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.session.ClientSimulators;
import org.rapport.session.FakeRubricEngine;
import org.rapport.session.FakeScriptedClient;
import org.rapport.session.InMemorySessionJournal;
import org.rapport.session.ObjectiveCheck;
import org.rapport.session.ScenarioLookup;
import org.rapport.session.SessionJournal;
import org.rapport.session.SessionStatus;
import org.rapport.session.TestScenarios;
import org.rapport.rubric.RubricEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.test.ShellScreen;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;

/** The practice commands driven through the shell's own parser, registry and test client. */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "rapport.trainee=alex"})
@ShellTest
@Import(SessionCommandsShellTest.Doubles.class)
class SessionCommandsShellTest {

    @TestConfiguration
    static class Doubles {
        @Bean
        ScenarioLookup scenarioLookup() {
            return TestScenarios.lookup(TestScenarios.maya());
        }

        @Bean
        ClientSimulators clientSimulators() {
            return (scenario, mode) -> new FakeScriptedClient(scenario);
        }

        @Bean
        RubricEngine rubricEngine() {
            return new FakeRubricEngine();
        }

        @Bean
        SessionJournal sessionJournal() {
            return new InMemorySessionJournal();
        }

        @Bean
        ObjectiveCheck objectiveCheck() {
            return TestScenarios.objectives();
        }
    }

    @Autowired
    ShellTestClient client;
    @Autowired
    CommandParser parser;
    @Autowired
    CommandRegistry registry;
    @Autowired
    SessionJournal journal;

    @TempDir
    static Path dir;

    /** Runs a command whose input reader gives {@code typed} line by line, then end of input, as a terminal would. */
    String converse(String command, String... typed) {
        Deque<String> lines = new ArrayDeque<>(List.of(typed));
        InputReader reader = new InputReader() {
            @Override
            public String readInput(String prompt) {
                return lines.poll();
            }
        };
        StringWriter out = new StringWriter();
        CommandContext ctx = new CommandContext(parser.parse(command), registry, new PrintWriter(out), reader);
        new CommandExecutor(registry).execute(ctx);
        return out.toString();
    }

    static String text(ShellScreen screen) {
        return String.join("\n", screen.lines());
    }

    @Test
    void startOpensConversationModeAndEndShowsTheReport() {
        String out = converse("start gad-maya --trainee sam",
                "It sounds like part of you isn't sure about being here, and it was your sister's idea.",
                "/hint", "/score", "/end");

        assertThat(out).contains("Maya, 29: can't switch off")
                .contains("Maya: I don't really know why I'm here.")
                .contains("reflection/complex · empathy 5")
                .contains("trust █████░░░░░ 5/10")
                .contains("try: reflect the feeling")
                .contains("after 1 reply: empathy 5.0")
                .contains("Session report: Maya, 29: can't switch off")
                .contains("Trainee sam · session ");
    }

    @Test
    void examModeKeepsFeedbackForTheReport() {
        String out = converse("start gad-maya --exam", "Have you tried writing it down?", "/end");

        assertThat(out).contains("exam mode").doesNotContain("tip:").contains("Session report").contains("Trainee alex");
    }

    @Test
    void endOfInputLeavesTheSessionResumableAndResumeContinuesIt() throws Exception {
        String first = converse("start gad-maya --trainee robin", "Have you tried writing your worries down?");
        String id = first.replaceAll("(?s).*resume (\\d{8}-\\d{4}-[0-9a-f]{4}).*", "$1");
        assertThat(journal.load(id).orElseThrow().record().status()).isEqualTo(SessionStatus.IN_PROGRESS);

        String listed = text(client.sendCommand("sessions --trainee robin"));
        assertThat(listed).contains(id).contains("gad-maya").contains("in progress").containsPattern(id + ".*\\s3\\s");

        String resumed = converse("resume " + id, "It sounds like you're tired of advice, and this feels big.", "/end");
        assertThat(resumed).contains("Resuming session " + id)
                .contains("Maya: Right. Everyone has tips. I suppose I just worry a lot.")
                .contains("Session report");
        assertThat(journal.load(id).orElseThrow().record().status()).isEqualTo(SessionStatus.FINISHED);
        assertThat(journal.load(id).orElseThrow().turns()).hasSize(5);
    }

    @Test
    void playRunsTheSessionFromAFileAndPrintsTheReport() throws Exception {
        Path replies = Files.writeString(dir.resolve("replies.txt"), """
                # first session with Maya
                It sounds like part of you isn't sure you want to be here, and coming was your sister's idea.

                You feel exhausted and scared, and the nights are the worst.
                It sounds like the nights are the hardest, and I can't be reachable by text then; instead let's plan for those nights together.
                A reply the scenario never reaches.
                """);

        String out = text(client.sendCommand("play gad-maya --replies " + replies));

        assertThat(out).contains("you> You feel exhausted and scared, and the nights are the worst.")
                .contains("Maya: Okay. That makes sense. Thanks. Same time next week?")
                .contains("(1 more reply was not used: the scenario had ended)")
                .contains("[met]    Hold the after-hours boundary kindly");
    }

    @Test
    void playJsonPrintsTheGradeOutputWithTheClientsFinalState() throws Exception {
        Path replies = Files.writeString(dir.resolve("json-replies.txt"), """
                Have you tried writing your worries down before bed?
                What is the worry like at night?
                """);

        String out = text(client.sendCommand("play gad-maya --replies " + replies + " --json"));

        JsonNode root = new ObjectMapper().readTree(out);
        JsonNode transcript = root.path("transcripts").get(0);
        assertThat(transcript.path("turns")).hasSize(5);
        assertThat(transcript.path("turns").get(1).path("codes").path("subtype").asText()).isEqualTo("advice");
        assertThat(transcript.path("summary").path("client_state").path("trust").asInt()).isBetween(0, 10);
        assertThat(journal.load(transcript.path("id").asText()).orElseThrow().record().status())
                .isEqualTo(SessionStatus.FINISHED);
    }

    @Test
    void exportWritesTheTranscriptInAGradeInputFormat() throws Exception {
        Path replies = Files.writeString(dir.resolve("export-replies.txt"), "What brings you here today?\n");
        JsonNode played = new ObjectMapper().readTree(text(client.sendCommand("play gad-maya --replies " + replies + " --json")));
        String id = played.path("transcripts").get(0).path("id").asText();

        assertThat(text(client.sendCommand("export " + id + " --format text")))
                .contains("Client: I don't really know why I'm here.").contains("Trainee: What brings you here today?");
        Path csv = dir.resolve("out.csv");
        assertThat(text(client.sendCommand("export " + id + " --format csv --out " + csv))).contains("Wrote session " + id);
        assertThat(Files.readAllLines(csv)).first().isEqualTo("transcript_id,utterance_id,speaker,text");
    }

    @Test
    void sessionsJsonListsEverySessionWithItsTurnsAndStatus() throws Exception {
        converse("start gad-maya --trainee kim", "What brings you here today?");

        JsonNode rows = new ObjectMapper().readTree(text(client.sendCommand("sessions --trainee kim --json")));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("scenario").asText()).isEqualTo("gad-maya");
        assertThat(rows.get(0).path("turns").asInt()).isEqualTo(3);
        assertThat(rows.get(0).path("status").asText()).isEqualTo("in_progress");
    }

    @Test
    void anUnknownScenarioFailsWithAOneLineMessage() {
        assertThatThrownBy(() -> client.sendCommand("start no-such-scenario"))
                .rootCause().isInstanceOf(CommandFailure.class).hasMessage("unknown scenario 'no-such-scenario'; known: gad-maya");
    }
}
