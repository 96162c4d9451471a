package org.rapport.session;

import org.rapport.rubric.Criterion;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.TurnScore;

/** What to practise next, worded for a student: one suggestion per weak skill or roadblock. */
final class Practice {

    static final String MORE_REFLECTIONS = "Reflect more than you ask: follow each answer with a reflection before"
            + " the next question (MITI: at least one reflection per question is fair, two is good).";
    static final String COMPLEX_REFLECTIONS = "Make reflections complex: add the feeling or meaning the client"
            + " implied, not only their words (\"You're exhausted, and part of you wonders if this will ever end\").";
    static final String OPEN_QUESTIONS = "Turn closed questions into open ones: \"What\" and \"How\" invite the"
            + " client's story; \"Do you\" and \"Have you\" invite yes or no.";
    static final String REPAIR_RUPTURES = "Repair ruptures: when the client goes quiet, agrees too quickly or pushes back,"
            + " name what just happened, own your part (\"I think I jumped ahead\") and ask how it landed (Safran & Muran).";
    static final String KEEP_GOING = "Keep it up: try a harder scenario, or practise this one in exam mode"
            + " (start ID --exam) without live feedback.";

    static final String NO_REPLIES = "Nothing to judge yet: the session ended before your first reply. Try it again"
            + " when you are ready";

    private Practice() {
    }

    static String forCriterion(Criterion criterion) {
        return switch (criterion.id()) {
            case TurnScore.EMPATHY -> "Empathy: name the feeling you hear and what it is about before anything"
                    + " else, and ask about feelings not yet said (EPITOME: interpretations and explorations).";
            case TurnScore.ACTIVE_LISTENING -> "Active listening: use OARS (open questions, affirmations,"
                    + " reflections, summaries) and track the client's last words instead of changing topic.";
            case TurnScore.BOUNDARY_SETTING -> "Boundary-setting: validate the wish, state the limit kindly in the"
                    + " first person, give a reason tied to the client's welfare, and offer an alternative.";
            default -> "Work on " + LiveFeedback.label(criterion) + ", your lowest criterion this session.";
        };
    }

    static String forRoadblock(Roadblock roadblock) {
        return switch (roadblock) {
            case ADVISING -> "Hold back advice until the client feels understood; when you do offer it, ask"
                    + " permission first and leave the choice with them.";
            case REASSURING -> "Swap reassurance (\"it'll be fine\") for a reflection of the worry; reassurance"
                    + " tells the client the feeling is not welcome.";
            case INTERROGATING -> "Fewer questions in a row: after one question, reflect the answer before asking"
                    + " another.";
            case JUDGING, MORALISING, NAME_CALLING -> "Keep judgement out of replies: describe what you hear, not"
                    + " whether it is right; unconditional positive regard keeps the client talking.";
            case ORDERING, WARNING -> "Replace instructions and warnings with the client's own reasons: ask what"
                    + " they want and what they think would help.";
            case PERSUADING -> "Evoke rather than argue: ask for the client's own reasons for change instead of"
                    + " supplying yours.";
            case ANALYSING -> "Offer interpretations tentatively (\"I wonder if...\") and check them with the"
                    + " client rather than explaining them to themselves.";
            case PRAISING -> "Affirm something specific the client did or values, rather than general praise.";
            case WITHDRAWING -> "Stay with difficult material: name it gently instead of changing the subject.";
        };
    }
}
