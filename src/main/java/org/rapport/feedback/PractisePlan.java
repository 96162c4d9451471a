package org.rapport.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rapport.nlp.Utterance;
import org.rapport.rubric.Behavior;
import org.rapport.rubric.FeedbackGuide;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;

/**
 * "Three things to practise" at the end of a session: the skills with the trainee's weakest replies, each
 * with that reply quoted, a better reply for it, and the trainee's own best reply of the skill as a model.
 */
public final class PractisePlan {

    public static final int THINGS = 3;
    /** A reply offered as the trainee's own model scored at least this: a 2 or 3 is not one to copy. */
    public static final int MODEL_AT = 4;

    private PractisePlan() {
    }

    /** One scored reply of a session, with the client line it answered. */
    public record Reply(int index, String clientLine, String text, TurnScore score) {
    }

    /**
     * One thing to practise.
     *
     * @param skill   the skill's name
     * @param weakest the weakest reply of the skill
     * @param better  a better reply to the same client line on this skill's criterion, or null when the engine
     *                found none (the turn's suggestion may answer another part of it, such as a risk)
     * @param model   the trainee's best reply of the skill, or null when none scored higher than the weakest and
     *                at least {@link #MODEL_AT}
     */
    public record Thing(String skill, String criterion, Reply weakest, String better, Reply model) {
    }

    public static List<Thing> of(Rubric rubric, List<Reply> replies) {
        return of(rubric.feedback().practise(), replies);
    }

    /** A reflection, or a statement followed by an open question: a reply that already does what the "form" skill asks. */
    private static boolean reflectsOrStatesThenAsksOpenly(Reply r) {
        if (r.score().codes().behavior() == Behavior.REFLECTION) return true;
        if (r.score().codes().subtype() != Subtype.OPEN) return false;
        List<String> sentences = new Utterance(r.text()).sentences();
        return sentences.size() > 1 && !sentences.get(0).strip().endsWith("?") && sentences.get(sentences.size() - 1).strip().endsWith("?");
    }

    /** The things to practise among {@code skills}, weakest first. */
    public static List<Thing> of(List<FeedbackGuide.Skill> skills, List<Reply> replies) {
        record Skill(FeedbackGuide.Skill skill, List<Reply> weak, List<Reply> good, int order) {
        }
        List<Skill> found = new ArrayList<>();
        for (int order = 0; order < skills.size(); order++) {
            FeedbackGuide.Skill skill = skills.get(order);
            List<Reply> scored = replies.stream().filter(r -> r.score() != null && r.score().score(skill.criterion()) != null).toList();
            boolean roadblocks = "roadblock".equals(skill.mechanism());
            List<Reply> weak = roadblocks ? scored.stream().filter(r -> !r.score().roadblocks().isEmpty()).toList() : scored;
            // A direct question about suicide or self-harm is the skill, closed or not (Columbia protocol): never the
            // example of a question to open up.
            // Nor is a reflection, or a statement then an open question: each already does what the skill asks.
            if ("form".equals(skill.mechanism())) weak = weak.stream().filter(r -> !r.score().riskEnquiry() && !reflectsOrStatesThenAsksOpenly(r)).toList();
            List<Reply> good = roadblocks ? scored.stream().filter(r -> r.score().roadblocks().isEmpty()).toList() : scored;
            if (!weak.isEmpty()) found.add(new Skill(skill, weak, good, order));
        }
        // the latest weakest reply (the most recent habit), the earliest best one
        Comparator<Reply> weakestFirst = Comparator.comparingInt((Reply r) -> r.index()).reversed();
        List<Thing> things = new ArrayList<>();
        java.util.Set<Integer> used = new java.util.HashSet<>();
        while (things.size() < THINGS) {
            // the skill whose weakest reply not yet quoted scored lowest; ties in the rubric's order
            Skill next = null;
            Reply nextWeakest = null;
            for (Skill s : found) {
                if (things.stream().anyMatch(t -> t.skill().equals(s.skill().name()))) continue;
                String c = s.skill().criterion();
                Reply w = s.weak().stream().filter(r -> !used.contains(r.index()))
                        .min(Comparator.comparingInt((Reply r) -> r.score().score(c)).thenComparing(weakestFirst)).orElse(null);
                if (w == null || w.score().score(c) >= 5) continue;
                if (nextWeakest == null || w.score().score(c) < nextWeakest.score().score(next.skill().criterion())) {
                    next = s;
                    nextWeakest = w;
                }
            }
            if (next == null) break;
            used.add(nextWeakest.index());
            String c = next.skill().criterion();
            Reply w = nextWeakest;
            Reply best = next.good().stream().max(Comparator.comparingInt((Reply r) -> r.score().score(c)).thenComparing(weakestFirst))
                    .filter(b -> b.score().score(c) > w.score().score(c) && b.score().score(c) >= MODEL_AT).orElse(null);
            things.add(new Thing(next.skill().name(), c, w, w.score().suggestionFor(c), best));
        }
        return things;
    }

    /** The plan as text lines for a report (plain characters). */
    public static List<String> lines(List<Thing> things) {
        List<String> out = new ArrayList<>();
        int n = 1;
        for (Thing t : things) {
            out.add(n++ + ". " + t.skill());
            out.add("   your weakest: turn " + t.weakest().index() + " (" + t.weakest().score().score(t.criterion()) + "): "
                    + org.rapport.terminal.TextWrap.quoted(clip(t.weakest().text())));
            if (t.better() != null) out.add("   one way to say it: " + org.rapport.terminal.TextWrap.quoted(t.better()));
            if (t.model() != null) {
                out.add("   your own model: turn " + t.model().index() + " (" + t.model().score().score(t.criterion()) + "): "
                        + org.rapport.terminal.TextWrap.quoted(clip(t.model().text())));
            }
        }
        return out;
    }

    static String clip(String text) {
        String t = text.strip();
        return t.length() <= 140 ? t : t.substring(0, 137).strip() + "...";
    }
}
