package org.rapport.shell;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;

/** The text of {@code CMD --help}: what the command does, its synopsis and options with their defaults. */
final class CommandHelp {

    private CommandHelp() {
    }

    static String of(Command command) {
        StringBuilder text = new StringBuilder();
        text.append(command.getName()).append(" - ").append(command.getDescription()).append("\n");
        String help = command.getHelp() == null ? "" : command.getHelp().strip();
        if (!help.startsWith(command.getName())) {
            // no written synopsis (the framework's own commands): one from the options
            StringBuilder synopsis = new StringBuilder(command.getName());
            for (CommandOption o : command.getOptions()) {
                boolean flag = o.type() == boolean.class || o.type() == Boolean.class;
                String part = "--" + o.longName() + (flag ? "" : " VALUE");
                synopsis.append(' ').append(Boolean.TRUE.equals(o.required()) ? part : "[" + part + "]");
            }
            text.append("\n").append(synopsis).append("\n");
        }
        if (!help.isEmpty()) text.append("\n").append(help).append("\n");
        if (!command.getOptions().isEmpty()) {
            text.append("\nOptions:\n");
            for (CommandOption option : command.getOptions()) {
                StringBuilder names = new StringBuilder("  --").append(option.longName());
                if (option.shortName() != ' ') names.append(", -").append(option.shortName());
                text.append(String.format("%-24s %s", names, option.description() == null ? "" : option.description()));
                if (Boolean.TRUE.equals(option.required())) text.append(" (required)");
                if (option.defaultValue() != null && !option.defaultValue().isEmpty()) {
                    text.append(" [default: ").append(option.defaultValue()).append("]");
                }
                text.append("\n");
            }
        }
        return text.toString().stripTrailing();
    }
}
