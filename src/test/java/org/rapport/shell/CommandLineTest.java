package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.session.SessionJournal;
import org.rapport.session.SessionTurn;
import org.rapport.store.Reviews;
import org.rapport.transcript.Speaker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command line as a new user meets it: help and version, exit statuses that say what was wrong
 * and name the valid choices, arguments passed through as typed, and the supervisor's statuses (an
 * abandoned session, an assignment's own sessions, overrides that can be withdrawn) that can be trusted.
 * Every command runs as {@code rapport ARGS} would run it, through the real parser and registry.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "rapport.trainee=alex"})
class CommandLineTest {

    static final Path HOME;

    static {
        try {
            HOME = Files.createTempDirectory("rapport-cli");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("rapport.home", HOME::toString);
    }

    @Autowired
    FlagAwareCommandParser parser;
    @Autowired
    CommandRegistry registry;
    @Autowired
    SessionJournal journal;
    @Autowired
    Reviews reviews;

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    Run rapport(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = new OneShotCommand(parser, registry, new PrintWriter(out, true), new PrintWriter(err, true),
                new InputReader() { }).run(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** A conversation typed line by line, then end of input. */
    String converse(String command, String... typed) {
        Deque<String> lines = new ArrayDeque<>(List.of(typed));
        InputReader reader = new InputReader() {
            @Override
            public String readInput(String prompt) {
                return lines.poll();
            }
        };
        StringWriter out = new StringWriter();
        new CommandExecutor(registry).execute(new CommandContext(parser.parse(command), registry, new PrintWriter(out), reader));
        return out.toString();
    }

    static String sessionId(String output) {
        return output.replaceAll("(?s).*?[Ss]ession (\\d{8}-\\d{4}-[0-9a-f]{4}).*", "$1");
    }

    String playedSession(String trainee, String... replies) throws Exception {
        Path file = Files.write(dir.resolve(trainee + "-replies.txt"), List.of(replies));
        Run played = rapport("play", "gad-hector", "--replies", file.toString(), "--trainee", trainee, "--json");
        assertThat(played.status()).as(played.err()).isZero();
        return new ObjectMapper().readTree(played.out()).path("transcripts").get(0).path("id").asText();
    }

    // ---- help and version

    @Test
    void helpAndVersionWorkAsOptionsAndAsCommands() {
        Run help = rapport("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Commands").contains("start").contains("grade").contains("review");
        assertThat(rapport("help").out()).isEqualTo(help.out());

        Run version = rapport("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out().strip()).matches("Rapport \\d+\\.\\d+\\.\\d+.*").doesNotContain("4.0.1");
        assertThat(rapport("version").out()).isEqualTo(version.out());
    }

    static Stream<String> commands() {
        return Stream.of("start", "play", "grade", "review", "override", "comment", "assign", "assignments",
                "progress", "trainees", "sessions", "export", "db status", "llm status", "rubric show", "scenario validate");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpCmdAndCmdDashDashHelpPrintTheSameSynopsis(String name) {
        String[] words = name.split(" ");
        Run viaHelp = rapport(Stream.concat(Stream.of("help"), Stream.of(words)).toArray(String[]::new));
        Run viaOption = rapport(Stream.concat(Stream.of(words), Stream.of("--help")).toArray(String[]::new));

        assertThat(viaHelp.status()).isZero();
        assertThat(viaOption.out()).isEqualTo(viaHelp.out());
        // a real synopsis: the command's name followed by what it takes, not the framework's types
        assertThat(viaHelp.out()).containsPattern("(?m)^" + name + "( |$)").doesNotContain("String");
        assertThat(parser.parse(name + " --help").commandName()).isEqualTo("help");
    }

    @Test
    void everyDescriptionIsWrittenAlike() {
        for (Command c : registry.getCommands()) {
            if (c.isHidden()) continue;
            assertThat(c.getDescription()).as(c.getName()).matches("[A-Z].*[^.]$");
            assertThat(CommandHelp.of(c)).as(c.getName() + " help has a synopsis").containsPattern("(?m)^" + c.getName() + "( |$)");
            if (!"Built-In Commands".equals(c.getGroup())) {
                assertThat(c.getHelp()).as(c.getName() + " help starts with its synopsis").startsWith(c.getName());
            }
        }
    }

    // ---- exit statuses

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(List.of("start", "gad-hectr"), "available: "),
                Arguments.of(List.of("start", "gad-hector", "--client", "robot"), "scripted or llm"),
                Arguments.of(List.of("play", "gad-hector", "--replies", "x.txt", "--client", "robot"), "scripted or llm"),
                Arguments.of(List.of("play", "gad-hectr", "--replies", "x.txt"), "available: "),
                Arguments.of(List.of("assign", "--trainee", "kim", "--scenario", "gad-hectr"), "available: "),
                Arguments.of(List.of("assign", "--trainee", "kim", "--scenario", "gad-hector", "--min-score", "7"), "1 to 5"),
                Arguments.of(List.of("assign", "--trainee", "kim", "--scenario", "gad-hector", "--due", "2020-01-01"),
                        "is in the past"),
                Arguments.of(List.of("progress", "--trainee", "nobody"), "unknown trainee 'nobody'"),
                Arguments.of(List.of("review", "20990101-0000-abcd", "--format", "pdf"), "text, json or html"),
                Arguments.of(List.of("grade", "x.json", "--judge", "oracle"), "engine or llm"),
                Arguments.of(List.of("help", "gradee"), "the commands are"),
                Arguments.of(List.of("import", "x.json", "--scenario", "gad-hectr"), "available: "));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void aBadValueOrUnknownIdExitsTwoWithOneLineNamingTheChoices(List<String> args, String choices) {
        Run run = rapport(args.toArray(String[]::new));

        assertThat(run.status()).as(run.err()).isEqualTo(OneShotCommand.USAGE);
        assertThat(run.err().strip()).contains(choices).doesNotContain("Exception").doesNotContain("\n");
    }

    @Test
    void overrideRefusesAScoreOffTheScaleAndAnUnknownCriterionWithStatusTwo() throws Exception {
        String id = playedSession("omar", "It sounds like you're worn out by a mind that won't switch off.");

        Run offScale = rapport("override", id, "--turn", "1", "--criterion", "empathy", "--score", "6", "--note", "x");
        assertThat(offScale.status()).isEqualTo(2);
        assertThat(offScale.err()).contains("1 to 5");
        Run unknown = rapport("override", id, "--turn", "1", "--criterion", "warmth", "--score", "4", "--note", "x");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown criterion 'warmth'").contains("empathy");
    }

    // ---- arguments as typed

    @Test
    void anArgumentWithALoneDoubleQuoteArrivesAsTyped() throws Exception {
        String id = playedSession("quinn", "What brings you in today?");

        Run run = rapport("comment", id, "--text", "Say \"why\" less; the client's \"fine\" hid a lot \\ see turn 1\"");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(reviews.comments(id)).extracting(c -> c.text())
                .containsExactly("Say \"why\" less; the client's \"fine\" hid a lot \\ see turn 1\"");
        Run odd = rapport("comment", id, "--text", "x\"y");
        assertThat(odd.status()).as(odd.err()).isZero();
        assertThat(reviews.comments(id)).extracting(c -> c.text()).contains("x\"y");
    }

    // ---- statuses a supervisor relies on

    @Test
    void endingBeforeTheFirstReplyAbandonsTheSessionAndFinishesNoAssignment() throws Exception {
        assertThat(rapport("assign", "--trainee", "uma", "--scenario", "gad-hector", "--by", "dr-lee").status()).isZero();

        String out = converse("start gad-hector --trainee uma", "/end");
        assertThat(out).contains("abandoned (no replies)").contains("Nothing to judge yet").doesNotContain("Keep it up");

        JsonNode rows = new ObjectMapper().readTree(rapport("sessions", "--trainee", "uma", "--json").out());
        assertThat(rows.get(0).path("status").asText()).isEqualTo("abandoned");
        assertThat(rapport("assignments", "--trainee", "uma").out()).contains("in progress").doesNotContain("done");
    }

    @Test
    void aSessionFinishedBeforeTheAssignmentDoesNotCountForIt() throws Exception {
        playedSession("vik", "It sounds like part of you is worn out by all of it.");
        assertThat(rapport("assign", "--trainee", "vik", "--scenario", "gad-hector", "--by", "dr-lee").status()).isZero();

        assertThat(rapport("assignments", "--trainee", "vik").out()).contains("not started");
        playedSession("vik", "It sounds like part of you is worn out by all of it.");
        assertThat(rapport("assignments", "--trainee", "vik").out()).contains("done");
    }

    @Test
    void assignmentsAreListedSoonestDueFirst() {
        String today = LocalDate.now().toString();
        rapport("assign", "--trainee", "aaron", "--scenario", "gad-hector", "--due", LocalDate.now().plusDays(30).toString(), "--by", "dr-lee");
        rapport("assign", "--trainee", "zoe", "--scenario", "gad-hector", "--due", today, "--by", "dr-lee");
        rapport("assign", "--trainee", "aaron", "--scenario", "phobia-nadia", "--due", LocalDate.now().plusDays(2).toString(), "--by", "dr-lee");

        String listed = rapport("assignments").out();
        assertThat(listed.indexOf("zoe")).isLessThan(listed.indexOf("phobia-nadia"));
        assertThat(listed.indexOf("phobia-nadia")).isLessThan(listed.indexOf(LocalDate.now().plusDays(30).toString()));
    }

    @Test
    void anOverrideCanBeWithdrawnOnRecordAndAnNaCriterionNeedsApplies() throws Exception {
        String id = playedSession("wren", "It sounds like you're worn out by a mind that won't switch off.");
        SessionTurn reply = journal.load(id).orElseThrow().turns().stream().filter(t -> t.speaker() == Speaker.TRAINEE)
                .findFirst().orElseThrow();
        int engine = reply.score().score("empathy");
        int other = engine == 1 ? 2 : 1;

        assertThat(rapport("override", id, "--turn", "1", "--criterion", "empathy", "--score", "" + other, "--note",
                "too generous", "--by", "dr-lee").status()).isZero();
        Run cleared = rapport("override", id, "--turn", "1", "--criterion", "empathy", "--clear", "--note",
                "on second listen the engine was right", "--by", "dr-lee");
        assertThat(cleared.status()).as(cleared.err()).isZero();
        assertThat(cleared.out()).contains("withdrawn");
        assertThat(rapport("override", id, "--turn", "1", "--criterion", "empathy", "--clear", "--note", "again",
                "--by", "dr-lee").status()).isEqualTo(2);

        Run naRefused = rapport("override", id, "--turn", "1", "--criterion", "boundary_setting", "--score", "4",
                "--note", "held the frame", "--by", "dr-lee");
        assertThat(naRefused.status()).isEqualTo(2);
        assertThat(naRefused.err()).contains("not applicable").contains("--applies");
        assertThat(rapport("override", id, "--turn", "1", "--criterion", "boundary_setting", "--score", "4",
                "--applies", "--note", "held the frame", "--by", "dr-lee").status()).isZero();
        rapport("comment", id, "--turn", "1", "--text", "Lovely reflection.", "--by", "dr-lee");

        JsonNode review = new ObjectMapper().readTree(rapport("review", id, "--format", "json").out());
        assertThat(review.path("trainee").asText()).isEqualTo("wren");
        JsonNode turn = review.path("turns").get(1);
        assertThat(turn.path("reviewed_scores").path("empathy").asInt()).isEqualTo(engine);
        assertThat(turn.path("reviewed_scores").path("boundary_setting").asInt()).isEqualTo(4);
        assertThat(turn.path("overrides")).hasSize(3);
        assertThat(turn.path("overrides").get(1).path("withdrawn").asBoolean()).isTrue();
        assertThat(turn.path("comments").get(0).path("text").asText()).isEqualTo("Lovely reflection.");
        assertThat(rapport("review", id).out()).contains("override of empathy withdrawn by dr-lee");

        Path html = dir.resolve("review.html");
        assertThat(rapport("review", id, "--format", "html", "--out", html.toString()).status()).isZero();
        assertThat(Files.readString(html)).contains("<thead>").contains("trainee wren").contains("Lovely reflection.")
                .contains("withdrawn by dr-lee").contains("@page");
    }
}
