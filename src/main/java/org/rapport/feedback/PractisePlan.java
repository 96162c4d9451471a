package org.rapport.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rapport.rubric.FeedbackGuide;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.TurnScore;

/**
 * "Three things to practise" at the end of a session: the skills with the trainee's weakest replies, each
 * with that reply quoted, a better reply for it, and the trainee's own best reply of the skill as a model.
 */
public final class PractisePlan {

    public static final int THINGS = 3;

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
     * @param better  a better reply to the same client line, or null when the engine found none
     * @param model   the trainee's best reply of the skill, or null when none scored higher than the weakest
     */
    public record Thing(String skill, String criterion, Reply weakest, String better, Reply model) {
    }

    public static List<Thing> of(Rubric rubric, List<Reply> replies) {
        return of(rubric.feedback().practise(), replies);
    }

    /** The things to practise among {@code skills}, weakest first. */
    public static List<Thing> of(List<FeedbackGuide.Skill> skills, List<Reply> replies) {
        record Candidate(FeedbackGuide.Skill skill, Reply weakest, Reply best, int order) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int order = 0; order < skills.size(); order++) {
            FeedbackGuide.Skill skill = skills.get(order);
            List<Reply> scored = replies.stream().filter(r -> r.score() != null && r.score().score(skill.criterion()) != null).toList();
            if (scored.isEmpty()) continue;
            boolean roadblocks = "roadblock".equals(skill.mechanism());
            List<Reply> weak = roadblocks ? scored.stream().filter(r -> !r.score().roadblocks().isEmpty()).toList() : scored;
            if (weak.isEmpty()) continue;
            Comparator<Reply> byScore = Comparator.comparingInt(r -> r.score().score(skill.criterion()));
            // the latest weakest reply (the most recent habit), the earliest best one
            Reply weakest = weak.stream().min(byScore.thenComparing(Comparator.comparingInt(Reply::index).reversed())).orElseThrow();
            if (weakest.score().score(skill.criterion()) >= 5) continue;
            List<Reply> good = roadblocks ? scored.stream().filter(r -> r.score().roadblocks().isEmpty()).toList() : scored;
            Reply best = good.stream().max(byScore.thenComparing(Comparator.comparingInt(Reply::index).reversed())).orElse(null);
            if (best != null && best.score().score(skill.criterion()) <= weakest.score().score(skill.criterion())) best = null;
            candidates.add(new Candidate(skill, weakest, best, order));
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.weakest().score().score(c.skill().criterion()))
                .thenComparingInt(Candidate::order));
        // two skills whose weakest reply is the same turn would say one thing twice: distinct turns first
        List<Candidate> picked = new ArrayList<>();
        for (Candidate c : candidates) {
            if (picked.size() < THINGS && picked.stream().noneMatch(p -> p.weakest().index() == c.weakest().index())) picked.add(c);
        }
        for (Candidate c : candidates) {
            if (picked.size() < THINGS && !picked.contains(c)) picked.add(c);
        }
        picked.sort(Comparator.comparingInt((Candidate c) -> c.weakest().score().score(c.skill().criterion()))
                .thenComparingInt(Candidate::order));
        List<Thing> things = new ArrayList<>();
        for (Candidate c : picked) {
            things.add(new Thing(c.skill().name(), c.skill().criterion(), c.weakest(), c.weakest().score().suggestion(), c.best()));
        }
        return things;
    }

    /** The plan as text lines for a report (plain characters). */
    public static List<String> lines(List<Thing> things) {
        List<String> out = new ArrayList<>();
        int n = 1;
        for (Thing t : things) {
            out.add(n++ + ". " + t.skill());
            out.add("   your weakest: turn " + t.weakest().index() + " (" + t.weakest().score().score(t.criterion()) + "): \""
                    + clip(t.weakest().text()) + "\"");
            if (t.better() != null) out.add("   one way to say it: \"" + t.better() + "\"");
            if (t.model() != null) {
                out.add("   your own model: turn " + t.model().index() + " (" + t.model().score().score(t.criterion()) + "): \""
                        + clip(t.model().text()) + "\"");
            }
        }
        return out;
    }

    static String clip(String text) {
        String t = text.strip();
        return t.length() <= 140 ? t : t.substring(0, 137).strip() + "...";
    }
}
