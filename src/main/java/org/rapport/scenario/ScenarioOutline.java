package org.rapport.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.rapport.client.ClientState;

/**
 * Scenarios as a supervisor or author reads them in a terminal: a table of the library, and one
 * scenario's client, objectives, beats (with where each branch leads) and boundary tests.
 */
public final class ScenarioOutline {

    private static final int LINE_WIDTH = 72;

    private ScenarioOutline() {
    }

    /** One row per scenario: id, title, presentation, mode, difficulty. */
    public static String table(List<Scenario> scenarios) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "TITLE", "PRESENTATION", "MODE", "DIFFICULTY"});
        for (Scenario s : scenarios) {
            rows.add(new String[] {s.id(), s.title(), s.presentation(), s.mode(), s.difficulty()});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** Everything about one scenario, for {@code scenario show}. */
    public static String describe(Scenario s) {
        StringBuilder out = new StringBuilder();
        long boundaryTests = s.beats().stream().filter(b -> b.boundary() != null).count();
        out.append(s.id()).append(": ").append(s.title()).append('\n');
        out.append(s.presentation()).append(" | ").append(s.difficulty()).append(" | ").append(s.mode())
                .append(" | ").append(s.beats().size()).append(s.beats().size() == 1 ? " beat" : " beats")
                .append(" | ").append(boundaryTests).append(boundaryTests == 1 ? " boundary test" : " boundary tests")
                .append('\n');
        if (s.summary() != null) {
            out.append("\nSummary\n");
            wrap(out, s.summary(), "  ");
        }

        ClientProfile c = s.client();
        out.append("\nClient\n");
        StringBuilder who = new StringBuilder("  ").append(c.name()).append(", ").append(c.age());
        if (c.gender() != null) who.append(", ").append(c.gender());
        if (c.pronouns() != null) who.append(" (").append(c.pronouns()).append(')');
        out.append(who).append('\n');
        field(out, "Culture", c.culture());
        field(out, "Background", c.background());
        field(out, "Presenting concern", c.presentingConcern());
        field(out, "History", c.history());
        list(out, "Core beliefs", c.coreBeliefs());
        list(out, "Intermediate beliefs", c.intermediateBeliefs());
        list(out, "Coping strategies", c.copingStrategies());
        list(out, "Automatic thoughts", c.automaticThoughts());
        list(out, "Emotions", c.emotions());
        list(out, "Behaviours", c.behaviours());
        if (c.style() != null) field(out, "Style", c.style().id());
        if (c.risk() != null) field(out, "Risk", c.risk().kind().id() + ", disclosed " + c.risk().disclose().id().replace('_', ' '));
        ClientState st = s.start();
        out.append("  Starting state: trust ").append(st.trust()).append(", distress ").append(st.distress())
                .append(", disclosure ").append(st.disclosure()).append('\n');

        out.append("\nObjectives\n");
        for (int i = 0; i < s.objectives().size(); i++) {
            Objective o = s.objectives().get(i);
            out.append("  ").append(i + 1).append(". ").append(o.text()).append('\n');
            out.append("     met when: ").append(joined(o.metWhen(), Condition::describe, "; ")).append('\n');
        }

        if (!s.beats().isEmpty()) {
            out.append("\nBeats\n");
            for (Beat b : s.beats()) beat(out, b);
        }
        List<Beat> boundaries = s.beats().stream().filter(b -> b.boundary() != null).toList();
        out.append("\nBoundary tests\n");
        if (boundaries.isEmpty()) out.append("  none\n");
        for (Beat b : boundaries) {
            out.append("  ").append(b.id()).append(" (").append(b.boundary().id()).append("): \"")
                    .append(b.client()).append("\"\n");
        }
        return out.toString().stripTrailing();
    }

    private static void beat(StringBuilder out, Beat b) {
        StringBuilder head = new StringBuilder("  ").append(b.id());
        if (b.boundary() != null) head.append("  [boundary: ").append(b.boundary().id()).append(']');
        if (b.risk() != null) head.append("  [risk: ").append(b.risk().id()).append(']');
        if (b.afterTurn() != null) head.append("  [after turn ").append(b.afterTurn()).append(']');
        if (b.end()) head.append("  [end]");
        out.append(head).append('\n');
        out.append("    \"").append(abbreviate(b.client(), LINE_WIDTH - 6)).append("\"\n");
        for (Branch br : b.branches()) {
            StringBuilder line = new StringBuilder("    ");
            line.append(br.isFallback() ? "otherwise" : "when " + joined(br.when(), Condition::describe, ", "));
            line.append(" -> ").append(br.next() == null || br.next().equals(b.id()) ? "(stays)" : br.next());
            List<String> deltas = new ArrayList<>();
            delta(deltas, "trust", br.trust());
            delta(deltas, "distress", br.distress());
            delta(deltas, "disclosure", br.disclosure());
            if (!deltas.isEmpty()) line.append(" [").append(String.join(", ", deltas)).append(']');
            out.append(line).append('\n');
        }
    }

    private static void delta(List<String> deltas, String name, int value) {
        if (value != 0) deltas.add(name + " " + (value > 0 ? "+" : "") + value);
    }

    private static void field(StringBuilder out, String label, String value) {
        if (value == null || value.isBlank()) return;
        wrap(out, label + ": " + value, "  ");
    }

    private static void list(StringBuilder out, String label, List<String> values) {
        if (values.isEmpty()) return;
        wrap(out, label + ": " + String.join("; ", values), "  ");
    }

    private static <T> String joined(List<T> items, Function<T, String> text, String separator) {
        return String.join(separator, items.stream().map(text).toList());
    }

    /** Wraps prose at word boundaries so long summaries stay readable in an 80-column terminal. */
    private static void wrap(StringBuilder out, String text, String indent) {
        out.append(org.rapport.terminal.TextWrap.wrap(text, LINE_WIDTH + indent.length(), indent, indent + "  "));
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
