package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;

/** A command run from the operating system's command line: its output, its errors and its exit status. */
class OneShotCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandRegistry registry;

    @BeforeEach
    void registerACommentCommand() {
        registry = new CommandRegistry();
        AbstractCommand comment = new AbstractCommand("comment", "Comment on a session", "Supervision",
                "Adds a supervisor's comment to a session.", false) {
            @Override
            public ExitStatus doExecute(CommandContext ctx) {
                String text = ctx.getOptionByLongName("text").value();
                if (text.isBlank()) throw new CommandFailure(3, "a comment needs some text");
                ctx.outputWriter().println("comment on " + ctx.getArgumentByIndex(0).value() + ": " + text);
                return ExitStatus.OK;
            }
        };
        comment.setOptions(List.of(CommandOption.with().longName("text").description("what to say")
                .required(true).type(String.class).build()));
        registry.registerCommand(comment);
        AbstractCommand dbStatus = new AbstractCommand("db status", "Which database", "Programs", "", false) {
            @Override
            public ExitStatus doExecute(CommandContext ctx) {
                var json = ctx.getOptionByLongName("json");
                ctx.outputWriter().println(json != null && Boolean.parseBoolean(json.value()) ? "{\"vendor\":\"h2\"}" : "h2");
                return ExitStatus.OK;
            }
        };
        dbStatus.setOptions(List.of(CommandOption.with().longName("json").type(boolean.class).build()));
        registry.registerCommand(dbStatus);
    }

    private int run(String... args) {
        return new OneShotCommand(new FlagAwareCommandParser(registry), registry, new PrintWriter(out, true),
                new PrintWriter(err, true), new InputReader() { }).run(args);
    }

    @Test
    void argumentsWithSpacesAndQuotesArriveIntact() {
        int status = run("comment", "s-42", "--text", "Good \"reflection\" at turn 3, try a complex one next");

        assertThat(status).isZero();
        assertThat(out.toString().strip())
                .isEqualTo("comment on s-42: Good \"reflection\" at turn 3, try a complex one next");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aReportedFailureIsOneLineOnStandardErrorWithItsExitCode() {
        int status = run("comment", "s-42", "--text", " ");

        assertThat(status).isEqualTo(3);
        assertThat(err.toString().strip()).isEqualTo("rapport: a comment needs some text");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("commnet", "s-42")).isEqualTo(OneShotCommand.USAGE);
        assertThat(err.toString()).contains("unknown command 'commnet'").doesNotContain("Exception");
    }

    @Test
    void anUnknownOptionIsRefusedRatherThanIgnored() {
        assertThat(run("comment", "s-42", "--txt", "hello")).isEqualTo(OneShotCommand.USAGE);
        assertThat(err.toString()).contains("unknown option --txt for 'comment'");
    }

    @Test
    void helpDescribesTheCommandAndItsOptions() {
        assertThat(run("comment", "--help")).isZero();
        assertThat(out.toString()).contains("comment - Comment on a session")
                .contains("Adds a supervisor's comment")
                .contains("--text").contains("what to say").contains("(required)");
    }

    @Test
    void aFlagGivenLastToATwoWordCommandIsSet() {
        assertThat(run("db", "status", "--json")).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"vendor\":\"h2\"}");
    }
}
