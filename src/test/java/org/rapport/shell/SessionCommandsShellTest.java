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
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Scenario;
import org.rapport.scenario.ScenarioLibrary;
import org.rapport.session.SavedSession;
import org.rapport.session.SessionJournal;
import org.rapport.session.SessionStatus;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Speaker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.test.ShellScreen;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The practice commands driven through the shell's own parser, registry and test client: the shipped
 * scenarios, played by the scripted client, scored by the real rubric engine, journaled in the embedded
 * database under a fresh data folder.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "rapport.trainee=alex"})
@ShellTest
class SessionCommandsShellTest {

    /** A fresh data folder: sessions go to the embedded database under it, as they would under ~/.rapport. */
    static final Path HOME;

    static {
        try {
            HOME = Files.createTempDirectory("rapport-home");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("rapport.home", HOME::toString);
    }

    static final String SCENARIO = "gad-hector";

    @Autowired
    ShellTestClient client;
    @Autowired
    CommandParser parser;
    @Autowired
    CommandRegistry registry;
    @Autowired
    SessionJournal journal;
    @Autowired
    ScenarioLibrary library;
    @Autowired
    ArgumentCompleter completer;

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

    static String sessionId(String output) {
        return output.replaceAll("(?s).*?[Ss]ession (\\d{8}-\\d{4}-[0-9a-f]{4}).*", "$1");
    }

    Scenario hector() {
        return library.get(SCENARIO);
    }

    @Test
    void startOpensConversationModeAndEndShowsTheReport() {
        Beat opening = hector().firstBeat();
        String out = converse("start " + SCENARIO + " --trainee sam",
                "It sounds like part of you feels a bit awkward being here, and part of you is worn out.",
                "/hint", "/score", "/transcript", "/end");

        assertThat(out).contains(hector().title())
                .contains("Héctor: " + opening.client().strip())
                .containsPattern("  (question|reflection|input|other)(/[a-z]+)? · empathy \\d · active listening \\d")
                .containsPattern("trust [█░]{10} \\d+/10   distress [█░]{10} \\d+/10   disclosure [█░]{10} \\d+/10")
                .contains("after 1 reply: empathy")
                .contains("   1 You: It sounds like part of you feels a bit awkward being here")
                .contains("Session report: " + hector().title())
                .contains("Trainee sam · session ")
                .contains("Learning objectives")
                .contains(hector().objectives().get(0).text().substring(0, 40));
        String id = sessionId(out);
        assertThat(journal.load(id).orElseThrow().record().status()).isEqualTo(SessionStatus.FINISHED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"practise", "practice"})
    void practiseIsAnotherNameForStart(String command) {
        // what a trainee reads in the help ("Practise with a simulated client") is what they type first
        String out = converse(command + " " + SCENARIO, "What brings you in today?", "/end");

        assertThat(out).contains("Session report: " + hector().title());
        assertThat(journal.load(sessionId(out)).orElseThrow().record().status()).isEqualTo(SessionStatus.FINISHED);
    }

    @Test
    void hintAtTheOpeningGivesTheScenarioAuthorsHint() {
        String out = converse("start " + SCENARIO, "/hint");

        assertThat(out).contains("hint: " + hector().firstBeat().hint().strip().substring(0, 60));
    }

    @Test
    void examModeKeepsFeedbackForTheReport() {
        String out = converse("start " + SCENARIO + " --exam", "Have you tried writing your worries down before bed?",
                "/hint", "/end");

        assertThat(out).contains("exam mode").contains("Hints are off in exam mode.").contains("Trainee alex");
        String beforeReport = out.substring(0, out.indexOf("Session report"));
        assertThat(beforeReport).doesNotContain("tip:").doesNotContain("input/").doesNotContain("trust █");
    }

    @Test
    void endOfInputLeavesTheSessionResumableAndResumeContinuesItFromTheLastClientLine() throws Exception {
        String first = converse("start " + SCENARIO + " --trainee robin", "What brings you in today?");
        String id = sessionId(first);
        SavedSession saved = journal.load(id).orElseThrow();
        assertThat(saved.record().status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(saved.turns()).hasSize(3);
        assertThat(first).contains("Continue it with: resume " + id);

        String listed = text(client.sendCommand("sessions --trainee robin"));
        assertThat(listed).contains(id).contains(SCENARIO).contains("in progress");

        String lastClientLine = saved.turns().get(2).text();
        String resumed = converse("resume", "It sounds like the worry never really lets up, and you're exhausted.", "/end");
        assertThat(resumed).contains("Resuming session " + id).contains("Session report");
        // the line as the terminal shows it: wrapped between words at the terminal's width
        assertThat(resumed.replaceAll("\\s+", " ")).contains("Héctor: " + lastClientLine.strip().replaceAll("\\s+", " "));
        SavedSession after = journal.load(id).orElseThrow();
        assertThat(after.record().status()).isEqualTo(SessionStatus.FINISHED);
        assertThat(after.turns()).extracting(SessionTurn::speaker)
                .containsExactly(Speaker.CLIENT, Speaker.TRAINEE, Speaker.CLIENT, Speaker.TRAINEE, Speaker.CLIENT);
    }

    @Test
    void resumingAFinishedSessionFails() {
        String id = sessionId(converse("start " + SCENARIO, "/end"));

        assertThatThrownBy(() -> client.sendCommand("resume " + id)).rootCause().isInstanceOf(CommandFailure.class)
                .hasMessageContaining("is finished");
    }

    @Test
    void playRunsTheSessionFromAFileAndPrintsTheConversationAndReport() throws Exception {
        Path replies = Files.writeString(dir.resolve("replies.txt"), """
                # first session with Héctor

                It sounds like part of you feels a bit awkward being here, and part of you is just worn out.
                So the moment one worry settles, the next one is already waiting in line.
                """);

        String out = text(client.sendCommand("play " + SCENARIO + " --replies " + replies));

        assertThat(out).contains("you> So the moment one worry settles, the next one is already waiting in line.")
                .doesNotContain("# first session")
                .contains("Session report: " + hector().title())
                .contains("2 replies · finished")
                .contains("MITI figures");
    }

    @Test
    void playJsonPrintsTheGradeOutputWithTheClientsFinalState() throws Exception {
        Path replies = Files.writeString(dir.resolve("json-replies.txt"), """
                You should write your worries down before bed so they stop keeping you awake.
                What is the worry like at night?
                """);

        String out = text(client.sendCommand("play " + SCENARIO + " --replies " + replies + " --json"));

        JsonNode root = new ObjectMapper().readTree(out);
        assertThat(root.path("rubric").path("id").asText()).isEqualTo("core");
        assertThat(root.path("errors")).isEmpty();
        JsonNode transcript = root.path("transcripts").get(0);
        assertThat(transcript.path("turns")).hasSize(5);
        JsonNode advice = transcript.path("turns").get(1);
        assertThat(advice.path("speaker").asText()).isEqualTo("trainee");
        assertThat(advice.path("codes").path("behavior").asText()).isEqualTo("input");
        assertThat(advice.path("scores").has("boundary_setting")).isTrue();
        assertThat(transcript.path("turns").get(2).has("scores")).isFalse();
        JsonNode summary = transcript.path("summary");
        assertThat(summary.path("miti").has("reflection_to_question")).isTrue();
        assertThat(summary.path("client_state").path("trust").asInt()).isBetween(0, 10);
        assertThat(summary.path("client_state").fieldNames()).toIterable().containsExactly("trust", "distress", "disclosure");
        assertThat(journal.load(transcript.path("id").asText()).orElseThrow().record().status())
                .isEqualTo(SessionStatus.FINISHED);
    }

    @Test
    void playWithAMissingRepliesFileFailsWithAOneLineMessage() {
        assertThatThrownBy(() -> client.sendCommand("play " + SCENARIO + " --replies " + dir.resolve("nope.txt")))
                .rootCause().isInstanceOf(CommandFailure.class).hasMessageStartingWith("cannot read replies file");
    }

    @Test
    void exportWritesTheTranscriptInTheGradeInputFormats() throws Exception {
        Path replies = Files.writeString(dir.resolve("export-replies.txt"), "What brings you in today?\n");
        JsonNode played = new ObjectMapper().readTree(text(client.sendCommand("play " + SCENARIO + " --replies " + replies + " --json")));
        String id = played.path("transcripts").get(0).path("id").asText();

        assertThat(text(client.sendCommand("export " + id + " --format text")))
                .startsWith("# " + id).contains("Client: " + hector().firstBeat().client().strip())
                .contains("Trainee: What brings you in today?");
        JsonNode json = new ObjectMapper().readTree(text(client.sendCommand("export " + id)));
        assertThat(json.path("id").asText()).isEqualTo(id);
        assertThat(json.path("turns").get(1).path("speaker").asText()).isEqualTo("trainee");
        Path csv = dir.resolve("out.csv");
        assertThat(text(client.sendCommand("export " + id + " --format csv --out " + csv))).contains("Wrote session " + id);
        assertThat(Files.readAllLines(csv).get(0)).contains("transcript_id").contains("speaker").contains("text");
        assertThat(Files.readAllLines(csv)).hasSize(4);
    }

    @Test
    void aTurnSavedWithLineBreaksStillExportsAsLabelledText() throws Exception {
        java.time.Instant at = java.time.Instant.parse("2026-11-27T18:32:00Z");
        journal.begin(new org.rapport.session.SessionRecord("20261127-1832-0b0b", SCENARIO, "lee", "scripted", "core", at,
                null, SessionStatus.IN_PROGRESS));
        journal.append("20261127-1832-0b0b", new SessionTurn(0, Speaker.CLIENT, hector().firstBeat().client(), null,
                new org.rapport.client.ClientState(3, 6, 1), "opening", at));
        journal.append("20261127-1832-0b0b", new SessionTurn(1, Speaker.TRAINEE, "It's a lot.\nYou're carrying it alone.",
                null, null, null, at));

        String text = text(client.sendCommand("export 20261127-1832-0b0b --format text"));

        assertThat(text).contains("Trainee: It's a lot. You're carrying it alone.");
    }

    @Test
    void sessionsJsonListsEverySessionWithItsTurnsAndStatus() throws Exception {
        converse("start " + SCENARIO + " --trainee kim", "What brings you in today?");

        JsonNode rows = new ObjectMapper().readTree(text(client.sendCommand("sessions --trainee kim --json")));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("scenario").asText()).isEqualTo(SCENARIO);
        assertThat(rows.get(0).path("trainee").asText()).isEqualTo("kim");
        assertThat(rows.get(0).path("turns").asInt()).isEqualTo(3);
        assertThat(rows.get(0).path("replies").asInt()).isEqualTo(1);
        assertThat(rows.get(0).path("status").asText()).isEqualTo("in_progress");
    }

    @Test
    void anUnknownScenarioFailsWithAOneLineMessage() {
        assertThatThrownBy(() -> client.sendCommand("start no-such-scenario"))
                .rootCause().isInstanceOf(CommandFailure.class).hasMessageContaining("no scenario 'no-such-scenario'")
                .hasMessageContaining(SCENARIO);
    }

    @Test
    void tabAfterStartCompletesTheShippedScenarioIds() {
        List<Candidate> candidates = new ArrayList<>();
        String line = "start gad";
        completer.complete(null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE), candidates);

        assertThat(candidates).extracting(Candidate::value).contains(SCENARIO).allMatch(v -> v.startsWith("gad"));
    }
}
