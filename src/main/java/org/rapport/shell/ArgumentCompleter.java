package org.rapport.shell;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.stereotype.Component;

/**
 * The shell's Tab completion, able to finish a partly typed argument. Spring Shell 4.0.1 looks the
 * command up from every word on the line, including the one being typed, so {@code start gad<Tab>}
 * finds no command and offers nothing, while {@code start <Tab>} works. When that happens, this asks
 * again as if the word were empty and keeps the proposals that start with what was typed. Declaring
 * it replaces the shell's own {@link CommandCompleter} bean (which is conditional on a missing bean).
 */
@Component
public class ArgumentCompleter extends CommandCompleter {

    public ArgumentCompleter(CommandRegistry commandRegistry) {
        super(commandRegistry);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        super.complete(reader, line, candidates);
        List<String> words = line.words();
        int index = line.wordIndex();
        if (!candidates.isEmpty() || index < 1 || index >= words.size()) return;
        String typed = words.get(index).substring(0, Math.min(line.wordCursor(), words.get(index).length()));
        if (typed.isEmpty() || typed.startsWith("-")) return;
        List<String> before = new ArrayList<>(words.subList(0, index));
        before.add("");
        List<Candidate> found = new ArrayList<>();
        super.complete(reader, new Line(before), found);
        found.stream().filter(c -> c.value().startsWith(typed)).forEach(candidates::add);
    }

    /** A line whose last word is empty, with the cursor at its end. */
    private record Line(List<String> words) implements ParsedLine {

        @Override
        public String word() {
            return "";
        }

        @Override
        public int wordCursor() {
            return 0;
        }

        @Override
        public int wordIndex() {
            return words.size() - 1;
        }

        @Override
        public String line() {
            return String.join(" ", words);
        }

        @Override
        public int cursor() {
            return line().length();
        }
    }
}
