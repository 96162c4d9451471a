package org.rapport.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rapport.client.ClientState;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.Criterion;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.TurnScore;

/**
 * The feedback shown after each reply: what kind of reply it was, how it scored, the most important thing
 * first and at most two notes, one way to say it better, and how the client is doing.
 */
public final class LiveFeedback {

    private LiveFeedback() {
    }

    public static List<String> render(Rubric rubric, TurnScore score, ClientState state) {
        return render(rubric, score, state, org.rapport.terminal.TextWrap.DEFAULT_WIDTH);
    }

    /** As {@link #render(Rubric, TurnScore, ClientState)}, wrapped at word boundaries to {@code width} columns. */
    public static List<String> render(Rubric rubric, TurnScore score, ClientState state, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder("  ").append(code(score.codes()));
        for (Criterion c : rubric.criteria()) {
            Integer v = score.score(c.id());
            head.append(" · ").append(label(c)).append(' ').append(v == null ? "–" : v.toString());
        }
        if (!score.roadblocks().isEmpty()) {
            head.append(" · roadblock: ").append(score.roadblocks().stream().map(r -> r.json().replace('_', '-'))
                    .sorted().collect(Collectors.joining(", ")));
        }
        lines.addAll(org.rapport.terminal.TextWrap.lines(head.toString().strip(), width, "  ", "    "));
        // The priority item, then the notes, then a better reply to the same line.
        for (int i = 0; i < score.feedback().size(); i++) {
            String lead = i == 0 ? "  first: " : "  also:  ";
            lines.addAll(org.rapport.terminal.TextWrap.lines(score.feedback().get(i), width, lead, org.rapport.terminal.TextWrap.hang(lead)));
        }
        if (score.suggestion() != null) {
            String lead = "  one way to say it: ";
            lines.addAll(org.rapport.terminal.TextWrap.lines(org.rapport.terminal.TextWrap.quoted(score.suggestion()), width, lead,
                    org.rapport.terminal.TextWrap.hang(lead)));
        }
        lines.add("  " + RapportMeter.render(state));
        return lines;
    }

    /** {@code reflection/complex}, {@code question/open}, {@code other}. */
    public static String code(BehaviorCode code) {
        return code.subtype() == null ? code.behavior().json() : code.behavior().json() + "/" + code.subtype().json();
    }

    /** A criterion's name for a compact line: its rubric name, else its id in words. */
    public static String label(Criterion c) {
        String name = c.name() == null || c.name().isBlank() ? c.id().replace('_', ' ') : c.name();
        return name.toLowerCase(Locale.ROOT);
    }
}
