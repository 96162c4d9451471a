package org.rapport.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rapport.rubric.TurnScore;

/**
 * The consistency rule of a turn's feedback, as a check: one judgement per mechanism; no aspect both
 * praised and criticised; praise or criticism of understanding only where the engine's EPITOME
 * interpretation level says so; boundary praise only for a boundary reply scored 4 or 5; no text twice.
 */
public final class Contradictions {

    private Contradictions() {
    }

    /** What is contradictory in {@code feedback} on a reply judged {@code score}; empty when nothing is. */
    public static List<String> in(TurnFeedback feedback, TurnScore score) {
        List<String> problems = new ArrayList<>();
        Set<String> judged = new HashSet<>();
        Set<String> praised = new HashSet<>();
        Set<String> criticised = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (FeedbackItem item : feedback.items()) {
            if (!texts.add(item.text())) problems.add("the same text twice: " + item.text());
            if (!item.judges()) continue;
            if (!judged.add(item.mechanism())) problems.add("two judgements of " + item.mechanism());
            (item.tone().equals("praise") ? praised : criticised).addAll(item.about());
            int interpretation = score.empathy().interpretations();
            if (item.about().contains("understanding") && item.tone().equals("praise") && interpretation < 2) {
                problems.add("praises understanding at EPITOME interpretation level " + interpretation + ": " + item.text());
            }
            if (item.about().contains("understanding") && item.tone().equals("criticism") && interpretation == 2) {
                problems.add("criticises understanding at EPITOME interpretation level 2: " + item.text());
            }
            Integer boundary = score.score(TurnScore.BOUNDARY_SETTING);
            if (item.mechanism().equals("boundary") && item.tone().equals("praise") && (boundary == null || boundary < 4)) {
                problems.add("praises a boundary reply scored " + boundary + ": " + item.text());
            }
        }
        for (String aspect : praised) {
            if (criticised.contains(aspect)) problems.add("praises and criticises " + aspect);
        }
        return problems;
    }
}
