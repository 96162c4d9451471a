package org.rapport.scenario;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;

/**
 * Trainee replies with the judgement a rubric engine would give them, written out by hand so that
 * scenario and client tests do not depend on the engine. Each constant pairs a realistic reply with
 * its scores.
 */
public enum ScoredReplies {

    /** "It sounds like the worry keeps you up, and you're worn out from carrying it alone." */
    COMPLEX_REFLECTION("It sounds like the worry keeps you up, and you're worn out from carrying it alone.",
            BehaviorCode.of(Subtype.COMPLEX), new EmpathyMechanisms(1, 2, 0), 5, 5, null),
    /** "Every night." — a simple reflection. */
    SIMPLE_REFLECTION("Every night, running through all of it.",
            BehaviorCode.of(Subtype.SIMPLE), new EmpathyMechanisms(0, 1, 0), 3, 4, null),
    /** "What goes through your mind when you're lying there?" */
    OPEN_QUESTION("What goes through your mind when you're lying there?",
            BehaviorCode.of(Subtype.OPEN), new EmpathyMechanisms(0, 0, 2), 4, 4, null),
    /** "Do you drink coffee after lunch?" */
    CLOSED_QUESTION("Do you drink coffee after lunch?",
            BehaviorCode.of(Subtype.CLOSED), new EmpathyMechanisms(0, 0, 1), 2, 2, null, Roadblock.INTERROGATING),
    /** "You should try a breathing app before bed." — advice before the client feels heard. */
    PREMATURE_ADVICE("You should try a breathing app before bed.",
            BehaviorCode.of(Subtype.ADVICE), EmpathyMechanisms.NONE, 1, 2, null, Roadblock.ADVISING),
    /** "Honestly, that's a bit irrational, isn't it?" */
    JUDGING("Honestly, that's a bit irrational, isn't it?",
            BehaviorCode.of(Subtype.CLOSED), EmpathyMechanisms.NONE, 1, 1, null, Roadblock.JUDGING),
    /** "I'm sure it's nothing; lots of people feel like that." */
    REASSURING("I'm sure it's nothing; lots of people feel like that.",
            BehaviorCode.of(Subtype.INFORMATION), new EmpathyMechanisms(1, 0, 0), 2, 2, null, Roadblock.REASSURING),
    /** A warm boundary: validates, states the limit, gives a reason, offers an alternative. */
    WARM_BOUNDARY("I can hear how long the nights feel. I don't answer messages between sessions, because you deserve "
            + "help that's there when you need it; let's make a plan for those nights, including the crisis line.",
            BehaviorCode.of(Subtype.INFORMATION), new EmpathyMechanisms(1, 2, 0), 4, 4, 5),
    /** A cold refusal. */
    COLD_REFUSAL("No. That's not allowed.",
            BehaviorCode.other(), EmpathyMechanisms.NONE, 1, 1, 1),
    /** Giving in to the request: breaks the frame. */
    ACCEPTS_REQUEST("Sure, text me whenever you need to.",
            BehaviorCode.of(Subtype.INFORMATION), new EmpathyMechanisms(1, 0, 0), 3, 2, 1);

    public final String reply;
    public final TurnScore score;

    ScoredReplies(String reply, BehaviorCode codes, EmpathyMechanisms empathy, Integer empathyScore,
            Integer listening, Integer boundary, Roadblock... roadblocks) {
        this.reply = reply;
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put(TurnScore.EMPATHY, empathyScore);
        scores.put(TurnScore.ACTIVE_LISTENING, listening);
        scores.put(TurnScore.BOUNDARY_SETTING, boundary);
        this.score = new TurnScore(codes, empathy, scores, List.of(), List.of(), Set.copyOf(Arrays.asList(roadblocks)),
                null);
    }
}
