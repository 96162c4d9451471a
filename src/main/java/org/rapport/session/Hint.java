package org.rapport.session;

import java.util.ArrayList;
import java.util.List;

/**
 * A coaching suggestion for the next reply: the scenario author's hint for this moment (or null), and
 * suggestions generated from the client's last line.
 */
public record Hint(String authored, List<String> suggestions) {

    public Hint {
        suggestions = List.copyOf(suggestions);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (authored != null && !authored.isBlank()) lines.add("  hint: " + authored.strip());
        suggestions.forEach(s -> lines.add("  try: " + s));
        return lines;
    }
}
