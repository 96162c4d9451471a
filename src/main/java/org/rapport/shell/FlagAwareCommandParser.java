package org.rapport.shell;

import java.util.ArrayList;
import java.util.List;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

/**
 * The shell's command grammar ({@code NAME [SUB...] [--option value | --option=value | argument]...}),
 * applied either to a typed line or to words already split by the operating system's shell.
 * <p>
 * Words from the command line are taken exactly as given: re-joining them into a line and parsing it
 * again would read a lone {@code "} in a comment or a file name as the start of a quoted string.
 * A boolean flag without a value ({@code llm status --json}) counts as set; Spring Shell 4.0.1 would
 * demand a value for it when it follows a two-word command.
 */
final class FlagAwareCommandParser implements CommandParser {

    // The same word split as the shell's own parser: whitespace outside double quotes.
    private static final String WORDS = "\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

    private final CommandRegistry registry;

    FlagAwareCommandParser(CommandRegistry registry) {
        this.registry = registry;
    }

    /** A typed line: words split at whitespace outside double quotes, and quoted words unquoted. */
    @Override
    public ParsedInput parse(String input) {
        List<String> words = new ArrayList<>();
        for (String word : input.strip().split(WORDS)) words.add(unquote(word));
        return parseWords(words);
    }

    /** Words as the operating system passed them: no quote or escape is interpreted. */
    ParsedInput parseWords(List<String> words) {
        if (words.isEmpty() || words.get(0).isEmpty()) throw new IllegalArgumentException("no command given");
        Command command = null;
        int nameWords = 1;
        for (int n = 1; n <= words.size(); n++) {
            Command candidate = registry.getCommandByName(String.join(" ", words.subList(0, n)));
            if (candidate != null) {
                command = candidate;
                nameWords = n;
            }
        }
        if (command != null && !command.getName().equals("help") && registry.getCommandByName("help") != null
                && words.subList(nameWords, words.size()).stream().anyMatch(w -> w.equals("--help") || w.equals("-h"))) {
            // CMD --help is help CMD: one text, whichever way it is asked for.
            ParsedInput.Builder help = ParsedInput.builder().commandName("help");
            for (int i = 0; i < nameWords; i++) help.addArgument(new CommandArgument(i, words.get(i)));
            return help.build();
        }
        ParsedInput.Builder parsed = ParsedInput.builder().commandName(words.get(0));
        for (String sub : words.subList(1, nameWords)) parsed.addSubCommand(sub);
        List<String> rest = words.subList(nameWords, words.size());
        int argument = 0;
        boolean onlyArguments = false;
        for (int i = 0; i < rest.size(); i++) {
            String word = rest.get(i);
            if (!onlyArguments && word.equals("--")) {
                onlyArguments = true;
            } else if (!onlyArguments && isOption(word)) {
                String name = word.startsWith("--") ? word.substring(2) : word.substring(1);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (isFlag(command, name, word)) {
                    boolean explicit = i + 1 < rest.size() && (rest.get(i + 1).equals("true") || rest.get(i + 1).equals("false"));
                    value = explicit ? rest.get(++i) : "true";
                } else if (i + 1 < rest.size() && !isOption(rest.get(i + 1))) {
                    value = rest.get(++i);
                } else {
                    throw new IllegalArgumentException("option " + word + " needs a value");
                }
                parsed.addOption(option(word.startsWith("--"), name, value));
            } else {
                parsed.addArgument(new CommandArgument(argument++, word));
            }
        }
        return parsed.build();
    }

    private static CommandOption option(boolean longForm, String name, String value) {
        CommandOption.Builder option = CommandOption.with().value(value);
        if (longForm) return option.shortName(' ').longName(name).build();
        return option.shortName(name.isEmpty() ? ' ' : name.charAt(0)).longName("").build();
    }

    /** A dash followed by something that is not a number: "-3" is a value, "-h" an option. */
    private static boolean isOption(String word) {
        return word.startsWith("-") && word.length() > 1 && !word.equals("--") && !word.matches("-\\d.*");
    }

    private static boolean isFlag(Command command, String name, String word) {
        if (name.equals("help") || word.equals("-h")) return true;
        return command != null && command.getOptions().stream()
                .anyMatch(o -> o.isOptionEqual(word) && (o.type() == boolean.class || o.type() == Boolean.class));
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return s;
    }
}
