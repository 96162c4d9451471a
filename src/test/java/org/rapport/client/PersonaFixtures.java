package org.rapport.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Branch;
import org.rapport.scenario.ClientProfile;
import org.rapport.scenario.Condition;
import org.rapport.scenario.ConversationalStyle;
import org.rapport.scenario.Objective;
import org.rapport.scenario.Scenario;

/** A small LLM scenario and typical rubric judgements, built in code so the tests need no loader. */
public final class PersonaFixtures {

    public static final String OPENING = "I'm not sure what I'm supposed to say. My doctor said I should come.";
    public static final String GIFT_TEST = "My wife baked this for you. Please, take it, she'd be hurt otherwise.";

    private PersonaFixtures() {
    }

    public static ClientProfile tomasz() {
        return new ClientProfile("Tomasz Nowak", 52, "man", "he/him", "Polish-born, in Manchester since 2004; Catholic",
                "Warehouse shift supervisor, married, two grown daughters",
                "I'm tired all the time and nothing feels worth doing any more",
                "Lost his brother last winter; stopped going to Sunday football; sleeps badly since spring. "
                        + "No thoughts of harming himself.",
                List.of("I am a burden"), List.of("If I complain, I am weak"),
                List.of("works extra shifts", "watches television late into the night"),
                List.of("What's the point?"), List.of("sad", "numb", "ashamed"),
                List.of("stays in the car for twenty minutes before going into the house"),
                ConversationalStyle.RESERVED);
    }

    public static Scenario scenario() {
        Condition empathic = new Condition("empathy", List.of(">=4"), 10);
        Beat opening = new Beat("opening", OPENING, null, "Reflect his ambivalence.", false, List.of(
                new Branch(List.of(empathic), "Yeah. I suppose that's right.", 1, 0, 1, "tired", 11),
                new Branch(List.of(), "Okay.", 0, 0, 0, "tired", 12)), null, 8);
        Beat tired = new Beat("tired", "I'm just tired all the time. Work, then home, then nothing.", null, null, false,
                List.of(new Branch(List.of(), "I miss the football on Sundays. My brother and I used to go.", 0, 0, 0,
                        "closing", 15)), null, 14);
        Beat gift = new Beat("gift", GIFT_TEST, BoundaryKind.GIFT, null, false,
                List.of(new Branch(List.of(), "Oh. Alright, I'll tell her.", 0, 0, 0, null, 19)), 3, 18);
        Beat closing = new Beat("closing", "I think that's enough for today. Thank you.", null, null, true, List.of(),
                null, 21);
        return new Scenario("depression-tomasz", "Tomasz, 52: what's the point", "depression", "intermediate", "llm",
                "Tomasz comes at his doctor's suggestion.", tomasz(),
                List.of(new Objective("Reflect feeling before problem-solving",
                        List.of(new Condition("empathy", List.of(">=3.5"), 30)))),
                new ClientState(3, 6, 1), List.of(opening, tired, gift, closing));
    }

    /** A complex reflection of feeling: empathy and listening 5. */
    public static TurnScore empathic() {
        return score(BehaviorCode.of(Subtype.COMPLEX), new EmpathyMechanisms(1, 2, 1), 5, 5, null, Set.of());
    }

    /** An open question that tracks the client: listening 4, empathy 3. */
    public static TurnScore openQuestion() {
        return score(BehaviorCode.of(Subtype.OPEN), new EmpathyMechanisms(0, 1, 2), 3, 4, null, Set.of());
    }

    /** Premature, judgemental advice. */
    public static TurnScore judging() {
        return score(BehaviorCode.of(Subtype.ADVICE), EmpathyMechanisms.NONE, 1, 1, null,
                Set.of(Roadblock.JUDGING, Roadblock.ADVISING));
    }

    public static TurnScore score(BehaviorCode codes, EmpathyMechanisms mechanisms, Integer empathy,
            Integer listening, Integer boundary, Set<Roadblock> roadblocks) {
        Map<String, Integer> scores = new HashMap<>();
        scores.put(TurnScore.EMPATHY, empathy);
        scores.put(TurnScore.ACTIVE_LISTENING, listening);
        scores.put(TurnScore.BOUNDARY_SETTING, boundary);
        return new TurnScore(codes, mechanisms, scores, List.of(), List.of(), roadblocks, null);
    }
}
