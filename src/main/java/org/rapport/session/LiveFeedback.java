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
        lines.add(head.toString());
        // The priority item, then the notes, then a better reply to the same line.
        for (int i = 0; i < score.feedback().size(); i++) {
            lines.add((i == 0 ? "  first: " : "  also:  ") + score.feedback().get(i));
        }
        if (score.suggestion() != null) lines.add("  one way to say it: \"" + score.suggestion() + "\"");
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
