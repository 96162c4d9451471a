package org.rapport.store;

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
 * A deterministic stand-in for the rubric engine in store tests: reflections ("It sounds like...")
 * score 4, open questions 3, advice ("You should...") 1 on empathy and 2 on listening.
 */
final class ScriptedRubricEngine implements RubricEngine {

    static final Rubric CORE = new Rubric("core", "1", "Core counseling skills", List.of(
            new Criterion(TurnScore.EMPATHY, "Empathy", "understanding the client's feeling and meaning"),
            new Criterion(TurnScore.ACTIVE_LISTENING, "Active listening", "reflecting and inviting"),
            new Criterion(TurnScore.BOUNDARY_SETTING, "Boundary setting", "holding the therapeutic frame")));

    int calls;

    @Override
    public Rubric rubric() {
        return CORE;
    }

    @Override
    public TurnScore score(ReplyContext reply) {
        calls++;
        return judge(reply.reply());
    }

    static TurnScore judge(String reply) {
        String text = reply.toLowerCase(Locale.ROOT);
        if (text.startsWith("it sounds like") || text.startsWith("you're feeling")) {
            return score(BehaviorCode.of(Subtype.COMPLEX), new EmpathyMechanisms(1, 2, 0), 4, 4, Set.of(),
                    "names the feeling behind the words", "Keep reflecting meaning as well as feeling.");
        }
        if (text.startsWith("you should") || text.startsWith("just ")) {
            return score(BehaviorCode.of(Subtype.ADVICE), EmpathyMechanisms.NONE, 1, 2, Set.of(Roadblock.ADVISING),
                    "advice before understanding", "Reflect what you heard before offering a way forward.");
        }
        return score(BehaviorCode.of(Subtype.OPEN), new EmpathyMechanisms(0, 0, 2), 3, 3, Set.of(),
                "open question invites the client's story", "Follow the answer with a reflection.");
    }

    private static TurnScore score(BehaviorCode code, EmpathyMechanisms empathy, int e, int l, Set<Roadblock> roadblocks,
            String evidence, String feedback) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put(TurnScore.EMPATHY, e);
        scores.put(TurnScore.ACTIVE_LISTENING, l);
        scores.put(TurnScore.BOUNDARY_SETTING, null);
        return new TurnScore(code, empathy, scores, List.of(evidence), List.of(feedback), roadblocks, null);
    }
}
