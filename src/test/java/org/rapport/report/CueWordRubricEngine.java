package org.rapport.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.Criterion;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;

/**
 * A small, deterministic stand-in for the rubric engine: it codes replies from a few cue words so that
 * grading, reports and calibration can be tested without the embedding model. Its judgements are
 * simple on purpose; tests state what it will say.
 *
 * <ul>
 * <li>"sounds like" / "you feel" / "you're feeling": reflection; complex when it adds "and", "but" or
 * "part of you"; empathy 5 (complex) or 4 (simple)</li>
 * <li>ends with "?": question; open when it starts with what/how/tell/could you tell; empathy 3 or 2</li>
 * <li>"you should" / "just try": input (advice), roadblock advising; empathy 1</li>
 * <li>anything else: other; empathy 2</li>
 * <li>a client line about texting at night: boundary after-hours-contact, scored 4 when the reply says
 * "I can't" or "I'm not able", else 1; other turns null</li>
 * <li>a reply containing "ENGINE-FAILS" makes the engine throw, as a broken model would</li>
 * </ul>
 */
public class CueWordRubricEngine implements RubricEngine {

    static final Rubric RUBRIC = new Rubric("core", "1", "Core counseling skills", List.of(
            new Criterion("empathy", "Empathy", "recognising and reflecting feeling and meaning"),
            new Criterion("active_listening", "Active listening", "MITI behaviour"),
            new Criterion("boundary_setting", "Boundary-setting", "holding the frame kindly")));

    final AtomicInteger batchCalls = new AtomicInteger();
    final List<Integer> batchSizes = new ArrayList<>();

    @Override
    public Rubric rubric() {
        return RUBRIC;
    }

    @Override
    public List<TurnScore> scoreAll(List<ReplyContext> replies) {
        batchCalls.incrementAndGet();
        batchSizes.add(replies.size());
        return replies.stream().map(this::score).toList();
    }

    @Override
    public TurnScore score(ReplyContext context) {
        String reply = context.reply();
        String r = reply.toLowerCase(Locale.ROOT).strip();
        if (reply.contains("ENGINE-FAILS")) throw new IllegalStateException("model crashed on this reply");
        BehaviorCode code;
        int empathy;
        List<String> evidence = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        Set<Roadblock> roadblocks = Set.of();
        EmpathyMechanisms mechanisms = EmpathyMechanisms.NONE;
        if (r.contains("sounds like") || r.contains("you feel") || r.contains("you're feeling")) {
            boolean complex = r.contains(" and ") || r.contains(" but ") || r.contains("part of you");
            code = BehaviorCode.of(complex ? Subtype.COMPLEX : Subtype.SIMPLE);
            empathy = complex ? 5 : 4;
            mechanisms = new EmpathyMechanisms(0, complex ? 2 : 1, 0);
            evidence.add("reflects the client's words: \"" + reply + "\"");
            feedback.add(complex ? "A complex reflection: you added the meaning the client implied."
                    : "A simple reflection; try adding the feeling or meaning underneath.");
        } else if (r.endsWith("?")) {
            boolean open = r.startsWith("what") || r.startsWith("how") || r.startsWith("tell")
                    || r.startsWith("could you tell");
            code = BehaviorCode.of(open ? Subtype.OPEN : Subtype.CLOSED);
            empathy = open ? 3 : 2;
            mechanisms = new EmpathyMechanisms(0, 0, open ? 1 : 0);
            evidence.add("ends with a question mark");
            feedback.add(open ? "An open question invites the client to say more."
                    : "A closed question; an open one would invite more.");
        } else if (r.contains("you should") || r.contains("just try")) {
            code = BehaviorCode.of(Subtype.ADVICE);
            empathy = 1;
            roadblocks = Set.of(Roadblock.ADVISING);
            evidence.add("gives advice: \"" + reply + "\"");
            feedback.add("Advice before the client feels understood is a roadblock (advising); reflect first.");
        } else {
            code = BehaviorCode.other();
            empathy = 2;
        }
        String client = context.clientLine().toLowerCase(Locale.ROOT);
        BoundaryKind boundary = client.contains("text you") ? BoundaryKind.AFTER_HOURS_CONTACT : null;
        Integer boundaryScore = boundary == null ? null : (r.contains("i can't") || r.contains("i'm not able") ? 4 : 1);
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("empathy", empathy);
        scores.put("active_listening", Math.min(5, empathy + (code.behavior() == org.rapport.rubric.Behavior.QUESTION ? 1 : 0)));
        scores.put("boundary_setting", boundaryScore);
        return new TurnScore(code, mechanisms, scores, evidence, feedback, roadblocks, boundary);
    }
}
