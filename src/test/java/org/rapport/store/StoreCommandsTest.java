package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.client.ClientState;
import org.rapport.rubric.RubricEngine;
import org.rapport.session.SessionJournal;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;
import org.rapport.session.SessionTurn;
import org.rapport.shell.CommandFailure;
import org.rapport.shell.ProgramCommands;
import org.rapport.shell.SupervisorCommands;
import org.rapport.transcript.Speaker;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ParsedInput;

/**
 * The store's beans and commands wired as the application wires them: nothing touches the database
 * until a command needs it, and a supervisor's day works end to end on the embedded store.
 */
class StoreCommandsTest {

    @TempDir
    Path home;

    ApplicationContextRunner app() {
        return new ApplicationContextRunner()
                .withPropertyValues("rapport.home=" + home)
                .withUserConfiguration(StoreConfiguration.class, SupervisorCommands.class, ProgramCommands.class)
                .withBean(RubricEngine.class, ScriptedRubricEngine::new);
    }

    @Test
    void startingTheApplicationOpensNoDatabase() {
        app().run(context -> {
            assertThat(context).hasSingleBean(SessionJournal.class);
            // the database journal, behind the file that keeps a reply from the moment it is entered
            assertThat(context.getBean(SessionJournal.class)).isInstanceOf(org.rapport.session.EnteredReplyFiles.class);
            assertThat(home.resolve("rapport.mv.db")).doesNotExist();

            context.getBean(SupervisorCommands.class).trainees();
            assertThat(home.resolve("rapport.mv.db")).exists();
        });
    }

    @Test
    void aSupervisorAssignsReviewsOverridesAndExports() {
        app().run(context -> {
            SupervisorCommands supervisor = context.getBean(SupervisorCommands.class);
            ProgramCommands program = context.getBean(ProgramCommands.class);
            SessionJournal journal = context.getBean(SessionJournal.class);

            assertThat(supervisor.assign("alice", "gad-maya", "2099-03-20", 3.5, "dr-lee"))
                    .isEqualTo("Assigned gad-maya to alice, due 2099-03-20, pass at 3.5.");
            // started after the assignment: only such sessions count for it
            Instant start = Clock.systemUTC().instant().plusSeconds(1);
            journal.begin(new SessionRecord("s1", "gad-maya", "alice", "scripted", "core", start, null,
                    SessionStatus.IN_PROGRESS));
            journal.append("s1", new SessionTurn(0, Speaker.CLIENT, StoreContractTest.MAYA_OPENS, null,
                    new ClientState(2, 6, 0), "opening", start));
            journal.append("s1", StoreContractTest.trainee(1, StoreContractTest.ADVICE, start.plusSeconds(5)));
            journal.finish("s1", start.plusSeconds(600));

            assertThat(supervisor.assignments("alice", false)).contains("alice", "gad-maya", "in progress", "1/1");
            assertThat(supervisor.assignments(null, true)).contains("\"status\" : \"in progress\"",
                    "\"min_score\" : 3.5");

            assertThat(supervisor.override("s1", 1, "empathy", 4, false, false, "Warm acknowledgement of the sister's care.", null))
                    .isEqualTo("Turn 1 empathy: engine 1, now 4 (by " + System.getProperty("user.name") + ").");
            supervisor.comment("s1", null, "Slow down before advising.", "dr-lee");
            String review = supervisor.review("s1", null, null);
            assertThat(review).contains("[0] Client: " + StoreContractTest.MAYA_OPENS,
                    "(trust 2, distress 6, disclosure 0, beat opening)");
            assertThat(review).contains("[1] Trainee: " + StoreContractTest.ADVICE, "code: input (advice)",
                    "empathy 1 -> 4 (supervisor)", "override: empathy 1 -> 4 by", "roadblocks: advising",
                    "feedback: Reflect what you heard", "Comment (dr-lee", "Slow down before advising.");
            // reviewed overall: empathy 4, listening 2 -> 3.0, still under the 3.5 minimum
            assertThat(supervisor.progress("alice", false)).contains("s1", "4.0", "2.0", "3.0");
            assertThat(supervisor.progress("alice", true)).contains("\"trainee\" : \"alice\"",
                    "\"session_id\" : \"s1\"", "\"empathy\" : \"▆\"");

            String csv = program.gradebook("csv", null);
            assertThat(csv.split("\r\n")).contains("alice,gad-maya,in progress,2099-03-20,3.5,1,1,3.0,4.0,2.0,,"
                    + java.time.LocalDate.ofInstant(start, java.time.ZoneId.systemDefault()) + ",,,,");
            Path file = home.resolve("gradebook.csv");
            assertThat(program.gradebook("csv", file.toString())).isEqualTo("Wrote 1 gradebook rows to " + file);
            assertThat(Files.readString(file)).startsWith("trainee,scenario,status");
            assertThatThrownBy(() -> program.gradebook("xlsx", null)).isInstanceOf(IllegalArgumentException.class);

            assertThatThrownBy(() -> supervisor.review("nope", null, null)).isInstanceOf(CommandFailure.class)
                    .hasMessage("no session nope");
            assertThatThrownBy(() -> supervisor.assign("alice", "gad-maya", "20/03/2099", null, "dr-lee"))
                    .hasMessageContaining("YYYY-MM-DD");
        });
    }

    @Test
    void importListsEachTranscriptAndFailsWhenAnInputCouldNotBeRead() throws Exception {
        Path cohort = Files.createDirectories(home.resolve("cohort"));
        Files.writeString(cohort.resolve("bob-week1.txt"), "# first recorded practice\n"
                + "Client: " + StoreContractTest.MAYA_OPENS + "\n"
                + "Trainee: " + StoreContractTest.REFLECTION + "\n");
        Files.writeString(cohort.resolve("carol-week1.json"), "{\"id\": \"carol-week1\", \"turns\": [\n"
                + "  {\"speaker\": \"client\", \"text\": \"I can't stop checking the stove.\"},\n");
        app().run(context -> {
            ProgramCommands program = context.getBean(ProgramCommands.class);
            StringWriter out = new StringWriter();
            CommandContext ctx = new CommandContext(ParsedInput.builder().commandName("import").build(), null,
                    new PrintWriter(out), null);

            assertThatThrownBy(() -> program.importTranscripts(ctx, List.of(cohort.toString()), null, "gad-maya", null))
                    .isInstanceOf(CommandFailure.class).hasMessage("1 input(s) could not be imported");
            assertThatThrownBy(() -> program.importTranscripts(ctx, List.of(cohort.toString()), null, "gad-maya", null))
                    .isInstanceOf(CommandFailure.class);
            assertThatThrownBy(() -> program.importTranscripts(ctx, List.of(cohort.toString()), null, null, "nope"))
                    .isInstanceOf(CommandFailure.class).hasMessageContaining("no rubric 'nope'");

            assertThat(out.toString()).contains("imported bob-week1 -> session import-", "(bob)",
                    "failed " + cohort.resolve("carol-week1.json"), "1 imported, 0 already imported, 1 failed",
                    "already imported bob-week1 as session import-", "0 imported, 1 already imported, 1 failed");
            assertThat(context.getBean(SessionJournal.class).list("bob")).extracting(SessionRecord::scenarioId)
                    .containsExactly("gad-maya");
        });
    }

    @Test
    void onlyScenariosInTheLibraryCanBeAssigned() {
        app().withPropertyValues("rapport.scenarios-dir=scenarios")
                .withUserConfiguration(org.rapport.scenario.ScenarioConfiguration.class)
                .run(context -> {
                    SupervisorCommands supervisor = context.getBean(SupervisorCommands.class);
                    assertThat(supervisor.assign("alice", "gad-hector", null, null, "dr-lee"))
                            .isEqualTo("Assigned gad-hector to alice.");
                    assertThatThrownBy(() -> supervisor.assign("alice", "gad-hektor", null, null, "dr-lee"))
                            .isInstanceOf(CommandFailure.class)
                            .hasMessageContaining("no scenario 'gad-hektor'").hasMessageContaining("gad-hector");
                });
    }

    @Test
    void statusOfTheEmbeddedStoreSaysItIsSingleUser() {
        app().run(context -> {
            String status = context.getBean(ProgramCommands.class).dbStatus();
            assertThat(status).contains("database: h2", "single user", "single-user embedded database", "version 8");
            assertThatThrownBy(() -> context.getBean(ProgramCommands.class).dbGrant("alice", null, null, false, false))
                    .isInstanceOf(CommandFailure.class).hasMessageContaining("only on PostgreSQL");
            assertThat(context.getBean(ProgramCommands.class).dbGrant("alice", "dr-lee", "s3cret", true, false))
                    .contains("CREATE ROLE \"alice\" LOGIN PASSWORD '***' IN ROLE rapport_trainee;")
                    .doesNotContain("s3cret");
        });
    }
}
