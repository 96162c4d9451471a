package org.rapport.shell;

import java.util.ArrayList;
import java.util.List;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.DefaultCommandParser;
import org.springframework.shell.core.command.ParsedInput;

/**
 * The shell's parser, but a boolean flag given last to a two-word command ({@code llm status --json})
 * counts as set. Spring Shell 4.0.1 looks such flags up under the first word only and then demands a value.
 */
final class FlagAwareCommandParser implements CommandParser {

    // The same word split as the shell's own parser: whitespace outside double quotes.
    private static final String WORDS = "\\s+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

    private final CommandRegistry registry;
    private final DefaultCommandParser shellParser;

    FlagAwareCommandParser(CommandRegistry registry) {
        this.registry = registry;
        this.shellParser = new DefaultCommandParser(registry);
    }

    @Override
    public ParsedInput parse(String input) {
        List<String> words = List.of(input.strip().split(WORDS));
        Command command = null;
        int nameWords = 0;
        for (int n = 2; n <= words.size(); n++) {
            Command candidate = registry.getCommandByName(String.join(" ", words.subList(0, n)));
            if (candidate != null) {
                command = candidate;
                nameWords = n;
            }
        }
        if (command == null) return shellParser.parse(input);
        List<String> completed = new ArrayList<>(words.subList(0, nameWords));
        for (int i = nameWords; i < words.size(); i++) {
            String word = words.get(i);
            completed.add(word);
            boolean valueFollows = i + 1 < words.size() && !words.get(i + 1).startsWith("-");
            if (!valueFollows && isBooleanFlag(command, word)) completed.add("true");
        }
        return shellParser.parse(String.join(" ", completed));
    }

    private static boolean isBooleanFlag(Command command, String word) {
        return !word.contains("=") && command.getOptions().stream()
                .anyMatch(o -> o.isOptionEqual(word) && (o.type() == boolean.class || o.type() == Boolean.class));
    }
}
