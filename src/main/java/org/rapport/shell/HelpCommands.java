package org.rapport.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;

/**
 * {@code help}, {@code help CMD} and {@code version}, in place of the shell framework's own: {@code help
 * CMD} prints exactly what {@code CMD --help} prints, and {@code version} is Rapport's version.
 */
final class HelpCommands {

    static final String GREETING = "Type help for the commands, help CMD for one of them, exit to leave.";

    private HelpCommands() {
    }

    static final class Help extends AbstractCommand {
        Help() {
            super("help", "List the commands, or describe one", "Built-In Commands",
                    "help [CMD]\n  Without CMD, every command with what it does; with CMD (e.g. help grade, help db status),"
                            + " the same text as CMD --help.", false);
        }

        @Override
        public ExitStatus doExecute(CommandContext ctx) {
            String name = ctx.parsedInput().arguments().stream().map(CommandArgument::value)
                    .collect(Collectors.joining(" ")).strip();
            CommandRegistry registry = ctx.commandRegistry();
            if (name.isEmpty()) {
                ctx.outputWriter().println(listing(registry));
            } else {
                Command command = find(registry, name);
                if (command == null) {
                    throw new CommandFailure(OneShotCommand.USAGE, "no command '" + name + "'; the commands are: "
                            + visible(registry).stream().map(Command::getName).collect(Collectors.joining(", ")));
                }
                ctx.outputWriter().println(CommandHelp.of(command));
            }
            ctx.outputWriter().flush();
            return ExitStatus.OK;
        }
    }

    static final class Version extends AbstractCommand {
        private final String version;

        Version(String version) {
            super("version", "Print Rapport's version", "Built-In Commands", "version\n  Prints Rapport's version (also: rapport --version).",
                    false);
            this.version = version;
        }

        @Override
        public ExitStatus doExecute(CommandContext ctx) {
            ctx.outputWriter().println("Rapport " + version);
            ctx.outputWriter().flush();
            return ExitStatus.OK;
        }
    }

    /**
     * {@code clear}: clears the screen. The framework's own command writes the escape sequence through the
     * command output, which shows control characters instead of obeying them; this one writes it to the
     * terminal itself, and only this fixed sequence.
     */
    static final class Clear extends AbstractCommand {
        static final String CLEAR_SCREEN = "\u001b[H\u001b[2J";

        private final java.io.PrintStream terminal;

        Clear(java.io.PrintStream terminal) {
            super("clear", "Clear the terminal screen", "Built-In Commands", "clear\n  Clears the terminal screen.", false);
            this.terminal = terminal;
        }

        @Override
        public ExitStatus doExecute(CommandContext ctx) {
            ctx.outputWriter().flush();
            terminal.print(CLEAR_SCREEN);
            terminal.flush();
            return ExitStatus.OK;
        }
    }

    static Command find(CommandRegistry registry, String name) {
        Command command = registry.getCommandByName(name);
        return command != null ? command : registry.getCommandByAlias(name);
    }

    static List<Command> visible(CommandRegistry registry) {
        return registry.getCommands().stream().filter(c -> !c.isHidden())
                .sorted(Comparator.comparing(Command::getName)).toList();
    }

    /** Every command by group, with its one-line description. */
    static String listing(CommandRegistry registry) {
        Map<String, List<Command>> groups = new TreeMap<>();
        for (Command c : visible(registry)) {
            groups.computeIfAbsent(c.getGroup() == null || c.getGroup().isBlank() ? "Other" : c.getGroup(),
                    g -> new java.util.ArrayList<>()).add(c);
        }
        int width = visible(registry).stream().mapToInt(c -> c.getName().length()).max().orElse(10);
        StringBuilder text = new StringBuilder("Commands (help CMD or CMD --help for one of them):\n");
        groups.forEach((group, commands) -> {
            text.append('\n').append(group).append('\n');
            for (Command c : commands) {
                text.append(String.format("  %-" + width + "s  %s%n", c.getName(), c.getDescription()));
            }
        });
        text.append("\nBefore the command, --rubrics DIR and --scenarios DIR choose the folders rubrics and scenarios\n"
                + "are read from (also: RAPPORT_RUBRICS_DIR, RAPPORT_SCENARIOS_DIR), e.g. rapport --rubrics ~/our-rubrics grade ...");
        return text.toString().stripTrailing();
    }
}
