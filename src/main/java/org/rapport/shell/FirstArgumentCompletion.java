package org.rapport.shell;

import java.util.List;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * Completes the id a command takes as its first argument (a scenario, a session, a rubric), with a
 * description beside each. Nothing is proposed for option values or once the id has been given.
 */
public abstract class FirstArgumentCompletion implements CompletionProvider {

    /** The ids that start with what was typed, as proposals. */
    protected abstract List<CompletionProposal> candidates(String typed);

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        // The shell reports the option before the cursor even when it is a flag that takes no value.
        CommandOption option = context.getCommandOption();
        if (option != null && option.type() != boolean.class && option.type() != Boolean.class) return List.of();
        String typed = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
        if (typed.startsWith("-") || idAlreadyGiven(context)) return List.of();
        return candidates(typed);
    }

    /** True when a positional word stands between the command name and the cursor. */
    private static boolean idAlreadyGiven(CompletionContext context) {
        List<String> words = context.getWords();
        int nameWords = context.getCommand() == null ? 1 : context.getCommand().getName().split(" ").length;
        List<CommandOption> options = context.getCommand() == null ? List.of() : context.getCommand().getOptions();
        for (int i = nameWords; i < Math.min(context.getWordIndex(), words.size()); i++) {
            String word = words.get(i);
            if (word.isEmpty()) continue;
            if (word.startsWith("-")) {
                if (!word.contains("=") && takesValue(word, options)) i++; // skip the option's value
                continue;
            }
            return true;
        }
        return false;
    }

    private static boolean takesValue(String word, List<CommandOption> options) {
        return options.stream().filter(o -> o.isOptionEqual(word)).findFirst()
                .map(o -> o.type() != boolean.class && o.type() != Boolean.class)
                .orElse(true);
    }
}
