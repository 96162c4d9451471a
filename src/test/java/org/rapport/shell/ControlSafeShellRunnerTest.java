package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.jline.JLineInputProvider;

/**
 * In the interactive shell, what a command prints from stored text (a review, the session list, a
 * comment) shows its control characters instead of obeying them, as the same command does when run from
 * the command line; so do the errors the shell prints for a failed command.
 */
class ControlSafeShellRunnerTest {

    static final char ESC = 0x1b, BEL = 0x07;

    static Stream<Arguments> storedTexts() {
        return Stream.of(
                Arguments.of("clear screen", ESC + "[2J" + ESC + "[H", "^[[2J^[[H"),
                Arguments.of("window title", ESC + "]0;owned" + BEL, "^[]0;owned^G"),
                Arguments.of("OSC 52 clipboard write", ESC + "]52;c;cm0gLXJmIH4=" + BEL, "^[]52;c;cm0gLXJmIH4=^G"),
                Arguments.of("hidden text", ESC + "[8msecret" + ESC + "[0m", "^[[8msecret^[[0m"),
                Arguments.of("overwritten line", "approved\rrejected", "approved^Mrejected"),
                Arguments.of("reversed text", "\u202Eevil", "<U+202E>evil"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedTexts")
    void whatACommandPrintsShowsControlCharacters(String name, String hostile, String shown) throws Exception {
        String screen = runShell("comment-text\nexit\n", Command.builder().name("comment-text").execute(ctx -> {
            ctx.outputWriter().println("Dr Kim: " + hostile + " end");
            ctx.outputWriter().flush();
        }));

        assertThat(screen).contains("Dr Kim: " + shown + " end").doesNotContain(hostile);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedTexts")
    void anErrorQuotingStoredTextShowsControlCharactersToo(String name, String hostile, String shown) throws Exception {
        String screen = runShell("failing\nexit\n", new Command() {
            @Override
            public String getName() {
                return "failing";
            }

            @Override
            public ExitStatus execute(CommandContext ctx) {
                throw new CommandFailure("no session " + hostile);
            }
        });

        assertThat(screen).contains("no session " + shown).doesNotContain(hostile);
    }

    @Test
    void clearStillClearsTheScreen() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        String screen = runShell("clear\n", new HelpCommands.Clear(new java.io.PrintStream(terminal, true, StandardCharsets.UTF_8)));

        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo("\u001b[H\u001b[2J");
        assertThat(screen).doesNotContain("^[[H").doesNotContain("[2J");
    }

    /** Runs the interactive shell on a dumb terminal with {@code typed} as the keyboard; returns the screen. */
    private static String runShell(String typed, Command command) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "dumb",
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            CommandRegistry registry = new CommandRegistry(new java.util.HashSet<>(Set.of(command)));
            ControlSafeShellRunner shell = new ControlSafeShellRunner(new JLineInputProvider(reader),
                    new FlagAwareCommandParser(registry), registry);
            shell.run(new String[0]);
            terminal.flush();
        }
        return screen.toString(StandardCharsets.UTF_8);
    }
}
