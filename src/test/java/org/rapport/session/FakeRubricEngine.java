package org.rapport.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.Criterion;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;

/**
 * A rubric engine for session tests, judging by a few plain cues: reflections ("sounds like", "you feel")
 * score high, advice ("you should", "have you tried") scores low, open questions sit between; a boundary
 * reply that states a limit kindly and offers an alternative scores 5. It records every context it sees.
 */
public class FakeRubricEngine implements RubricEngine {

    public static final Rubric RUBRIC = new Rubric("core", "1", "Core rubric", List.of(
            new Criterion(TurnScore.EMPATHY, "Empathy", "recognising and reflecting feeling"),
            new Criterion(TurnScore.ACTIVE_LISTENING, "Active listening", "OARS"),
            new Criterion(TurnScore.BOUNDARY_SETTING, "Boundary setting", "holding the frame kindly")));

    public final List<ReplyContext> seen = new ArrayList<>();

    @Override
    public Rubric rubric() {
        return RUBRIC;
    }

    /** Nothing to load: a warm-up would only add a context no trainee wrote to {@link #seen}. */
    @Override
    public void warmUp() {
    }

    @Override
    public synchronized TurnScore score(ReplyContext context) {
        seen.add(context);
        String reply = context.reply().toLowerCase(Locale.ROOT);
        BehaviorCode code;
        int empathy, listening;
        Set<Roadblock> roadblocks = Set.of();
        List<String> feedback = new ArrayList<>();
        EmpathyMechanisms mechanisms = EmpathyMechanisms.NONE;
        if (reply.contains("sounds like") || reply.contains("you feel")) {
            code = BehaviorCode.of(reply.contains(" and ") ? Subtype.COMPLEX : Subtype.SIMPLE);
            empathy = reply.contains(" and ") ? 5 : 4;
            listening = 4;
            mechanisms = new EmpathyMechanisms(0, 2, 0);
            feedback.add("Good reflection; add what the feeling means to them.");
        } else if (reply.contains("you should") || reply.contains("have you tried")) {
            code = BehaviorCode.of(Subtype.ADVICE);
            empathy = 1;
            listening = 2;
            roadblocks = Set.of(Roadblock.ADVISING);
            feedback.add("Advice came before the client felt understood; reflect the feeling first.");
        } else if (reply.endsWith("?") && (reply.startsWith("what") || reply.startsWith("how"))) {
            code = BehaviorCode.of(Subtype.OPEN);
            empathy = 3;
            listening = 4;
            mechanisms = new EmpathyMechanisms(0, 0, 1);
            feedback.add("An open question; try a reflection before the next one.");
        } else if (reply.endsWith("?")) {
            code = BehaviorCode.of(Subtype.CLOSED);
            empathy = 2;
            listening = 3;
            feedback.add("A closed question invites yes or no; ask what or how instead.");
        } else {
            code = BehaviorCode.other();
            empathy = 2;
            listening = 2;
            feedback.add("Say back what you heard.");
        }
        Integer boundary = null;
        if (context.boundary() != null) {
            boundary = reply.contains("i can't") && reply.contains("instead") ? 5 : 2;
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put(TurnScore.EMPATHY, empathy);
        scores.put(TurnScore.ACTIVE_LISTENING, listening);
        scores.put(TurnScore.BOUNDARY_SETTING, boundary);
        return new TurnScore(code, mechanisms, scores, List.of("reply: " + context.reply()), feedback, roadblocks,
                context.boundary());
    }
}
