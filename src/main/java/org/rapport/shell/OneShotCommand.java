package org.rapport.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Runs one command given on the command line and turns the outcome into an exit status: 0 on success,
 * the {@link CommandFailure}'s code on a reported failure, 2 on a usage error (unknown command or option),
 * 1 on anything unexpected. Errors are one line on standard error, never a stack trace.
 */
final class OneShotCommand {

    static final int USAGE = 2;

    private final FlagAwareCommandParser parser;
    private final CommandRegistry registry;
    private final PrintWriter out;
    private final PrintWriter err;
    private final InputReader input;

    OneShotCommand(FlagAwareCommandParser parser, CommandRegistry registry, PrintWriter out, PrintWriter err, InputReader input) {
        this.parser = parser;
        this.registry = registry;
        this.out = out;
        this.err = err;
        this.input = input;
    }

    int run(String[] args) {
        ParsedInput parsed;
        try {
            parsed = parser.parseWords(List.of(topLevel(args)));
        } catch (RuntimeException e) {
            return usage(e.getMessage());
        }
        String name = commandName(parsed);
        Command command = registry.getCommandByName(name);
        if (command == null) command = registry.getCommandByAlias(name);
        if (command == null) {
            String meant = args.length > 1 && !args[1].startsWith("-") && !registry.getCommandsByPrefix(name).isEmpty()
                    ? name + " " + args[1] : name;
            return usage("unknown command '" + meant + "'. Run 'rapport help' to list the commands.");
        }
        if (isHelpRequest(parsed)) {
            out.println(CommandHelp.of(command));
            out.flush();
            return 0;
        }
        for (CommandOption given : parsed.options()) {
            if (command.getOptions().stream().noneMatch(o -> sameOption(o, given))) {
                if (FolderOptions.FOLDERS.stream().anyMatch(f -> f.option().equals(display(given)))) {
                    return usage(display(given) + " chooses a folder for every command, so it comes before the command: rapport "
                            + display(given) + " DIR " + name + " ...");
                }
                return usage("unknown option " + display(given) + " for '" + name + "'. See 'rapport " + name
                        + " --help'.");
            }
        }
        try {
            ExitStatus status = new CommandExecutor(registry).execute(new CommandContext(parsed, registry, out, input));
            out.flush();
            if (status.code() != 0) {
                err.println("rapport: " + name + ": " + status.description().toLowerCase(Locale.ROOT).replace('_', ' '));
                return status.code() == ExitStatus.USAGE_ERROR.code() ? USAGE : 1;
            }
            return 0;
        } catch (CommandExecutionException e) {
            out.flush();
            Throwable cause = rootCauseOf(e);
            if (cause instanceof CommandFailure failure) {
                err.println("rapport: " + failure.getMessage());
                return failure.exitCode();
            }
            if (cause instanceof IllegalArgumentException) {
                return usage(name + ": " + cause.getMessage());
            }
            err.println("rapport: " + name + " failed: " + plain(cause));
            return 1;
        } catch (Exception e) {
            out.flush();
            err.println("rapport: " + name + " failed: " + plain(rootCauseOf(e)));
            return 1;
        } finally {
            err.flush();
        }
    }

    private int usage(String message) {
        err.println("rapport: " + message);
        err.flush();
        return USAGE;
    }

    /** {@code rapport --help} and {@code rapport --version} are the commands help and version. */
    private static String[] topLevel(String[] args) {
        if (args.length == 0) return args;
        String[] words = args.clone();
        switch (args[0]) {
            case "--help", "-h" -> words[0] = "help";
            case "--version", "-V" -> words[0] = "version";
            default -> { }
        }
        return words;
    }

    private static String commandName(ParsedInput parsed) {
        return parsed.subCommands().isEmpty() ? parsed.commandName()
                : parsed.commandName() + " " + String.join(" ", parsed.subCommands());
    }

    private static boolean isHelpRequest(ParsedInput parsed) {
        return parsed.options().stream().anyMatch(o -> "help".equals(o.longName()) || o.shortName() == 'h');
    }

    private static boolean sameOption(CommandOption declared, CommandOption given) {
        if (given.longName() != null && !given.longName().isEmpty()) return given.longName().equals(declared.longName());
        return given.shortName() != ' ' && given.shortName() == declared.shortName();
    }

    private static String display(CommandOption option) {
        return option.longName() != null && !option.longName().isEmpty() ? "--" + option.longName()
                : "-" + option.shortName();
    }

    /** What went wrong in words: the message, without the Java class names some libraries put in it. */
    static String plain(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) return "an unexpected error; nothing was changed by this command";
        return message.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error)(?::\\s*)?", "")
                .replaceAll("\\s*\\[[0-9-]+\\]\\s*$", "").strip();
    }

    private static Throwable rootCauseOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof CommandFailure) return cause;
            cause = cause.getCause();
        }
        return cause;
    }

    static List<String> optionNames(Command command) {
        return command.getOptions().stream().map(o -> "--" + o.longName()).toList();
    }
}
