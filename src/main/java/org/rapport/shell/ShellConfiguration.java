package org.rapport.shell;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.rapport.store.StoreSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.InputReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.config.UserConfigPathProvider;
import org.springframework.shell.jline.PromptProvider;

/**
 * Chooses between the interactive shell (no arguments) and one command run from the command line
 * (arguments), whose outcome becomes the process exit status.
 */
@Configuration(proxyBeanMethods = false)
public class ShellConfiguration {

    @Bean
    ApplicationRunner springShellApplicationRunner(ObjectProvider<org.springframework.shell.jline.JLineInputProvider> input,
            ObjectProvider<org.springframework.shell.core.ShellRunner> configured, FlagAwareCommandParser parser,
            CommandRegistry registry, ExitCode exitCode, Environment environment) {
        return args -> {
            String[] given = args.getSourceArgs();
            if (given.length == 0) {
                System.out.println(HelpCommands.GREETING);
                System.out.flush();
                // With the interactive shell switched off (as in tests), Spring Shell's own runner says so and returns.
                if (!environment.getProperty("spring.shell.interactive.enabled", Boolean.class, true)) {
                    configured.getObject().run(given);
                    return;
                }
                // the shell's own runner, but what commands print shows control characters, as below
                ControlSafeShellRunner interactive = new ControlSafeShellRunner(input.getObject(), parser, registry);
                interactive.setDebugMode(environment.getProperty("spring.shell.debug.enabled", Boolean.class, false));
                interactive.run(given);
                return;
            }
            // Whatever a command prints (names, transcripts, a model's answers) shows control characters
            // visibly instead of letting them drive the terminal.
            PrintWriter out = org.rapport.terminal.TerminalText.writer(
                    new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            PrintWriter err = org.rapport.terminal.TerminalText.writer(
                    new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8));
            exitCode.set(new OneShotCommand(parser, registry, out, err, new StandardInputReader()).run(given));
        };
    }

    @Bean
    FlagAwareCommandParser commandParser(CommandRegistry registry) {
        return new FlagAwareCommandParser(registry);
    }

    /** {@code help [CMD]}: the same text as {@code CMD --help}. */
    @Bean
    Command rapportHelp() {
        return new HelpCommands.Help();
    }

    @Bean
    Command rapportVersion(@Value("${rapport.version:unknown}") String version) {
        return new HelpCommands.Version(version);
    }

    @Bean
    Command rapportClear() {
        return new HelpCommands.Clear(System.out);
    }

    @Bean
    ExitCode exitCode() {
        return new ExitCode();
    }

    /** The shell's history lives in the data folder, not wherever the shell was started. */
    @Bean
    UserConfigPathProvider rapportDataFolder(Environment environment) {
        return () -> {
            Path home = StoreSettings.home(environment.getProperty("rapport.home"));
            try {
                Files.createDirectories(home);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot create the data folder " + home, e);
            }
            return home;
        };
    }

    @Bean
    PromptProvider rapportPrompt() {
        return () -> new AttributedString("rapport> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }

    /** The exit status of a one-shot command, read by {@code main} after the application has run. */
    public static final class ExitCode implements org.springframework.boot.ExitCodeGenerator {
        private volatile int code;

        void set(int code) {
            this.code = code;
        }

        @Override
        public int getExitCode() {
            return code;
        }
    }

    /** Lets a one-shot command read lines from standard input (e.g. piped replies). */
    static final class StandardInputReader implements InputReader {
        private final java.io.BufferedReader in =
                new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));

        @Override
        public String readInput(String prompt) throws Exception {
            return in.readLine();
        }
    }
}
