package org.rapport.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a rubric's calibration cases through an engine and reports where it disagrees with the
 * judgement written in the rubric: the rubric's own regression test ({@code rubric check}).
 */
public final class Calibration {

    private Calibration() {
    }

    /** One case's outcome; {@code disagreements} is empty when the engine agreed on everything. */
    public record CaseResult(String name, TurnScore score, List<String> disagreements) {
        public CaseResult {
            disagreements = List.copyOf(disagreements);
        }

        public boolean passed() {
            return disagreements.isEmpty();
        }
    }

    public static List<CaseResult> check(RubricEngine engine) {
        List<CalibrationCase> cases = engine.rubric().calibration();
        List<ReplyContext> contexts = new ArrayList<>();
        for (CalibrationCase c : cases) {
            ReplyContext base = ReplyContext.of(c.client().isBlank() ? null : c.client(), c.reply());
            BoundaryKind declared = c.boundary() == null ? null : BoundaryKind.parse(c.boundary());
            contexts.add(new ReplyContext(base.history(), c.reply(), declared));
        }
        List<TurnScore> scores = engine.scoreAll(contexts);
        List<CaseResult> results = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            CalibrationCase c = cases.get(i);
            String name = c.name() == null || c.name().isBlank() ? "case " + (i + 1) : c.name();
            results.add(new CaseResult(name, scores.get(i), disagreements(c.expect(), scores.get(i))));
        }
        return results;
    }

    static List<String> disagreements(CalibrationCase.Expectation e, TurnScore s) {
        List<String> out = new ArrayList<>();
        if (e.behavior() != null && !e.behavior().equals(s.codes().behavior().json())) {
            out.add("behavior: expected " + e.behavior() + ", engine " + s.codes().behavior().json());
        }
        if (e.subtype() != null && (s.codes().subtype() == null || !e.subtype().equals(s.codes().subtype().json()))) {
            out.add("subtype: expected " + e.subtype() + ", engine " + (s.codes().subtype() == null ? "none" : s.codes().subtype().json()));
        }
        bound(out, TurnScore.EMPATHY, e.empathy(), s.score(TurnScore.EMPATHY));
        bound(out, TurnScore.ACTIVE_LISTENING, e.activeListening(), s.score(TurnScore.ACTIVE_LISTENING));
        bound(out, TurnScore.BOUNDARY_SETTING, e.boundarySetting(), s.score(TurnScore.BOUNDARY_SETTING));
        bound(out, "emotional_reactions", e.emotionalReactions(), s.empathy().emotionalReactions());
        bound(out, "interpretations", e.interpretations(), s.empathy().interpretations());
        bound(out, "explorations", e.explorations(), s.empathy().explorations());
        if (e.boundary() != null) {
            String actual = s.boundary() == null ? "none" : s.boundary().id();
            if (!e.boundary().equals(actual)) out.add("boundary: expected " + e.boundary() + ", engine " + actual);
        }
        if (e.roadblocks() != null) {
            Set<String> actual = new TreeSet<>();
            s.roadblocks().forEach(r -> actual.add(r.json()));
            // An empty list is a claim too: the reply must not be charged with any roadblock.
            if (e.roadblocks().isEmpty() && !actual.isEmpty()) out.add("roadblocks: expected none, engine found " + String.join(", ", actual));
            for (String r : e.roadblocks()) {
                if (!actual.contains(r)) out.add("roadblock " + r + " not found (engine found " + (actual.isEmpty() ? "none" : String.join(", ", actual)) + ")");
            }
        }
        return out;
    }

    private static void bound(List<String> out, String what, String expected, Integer actual) {
        if (expected == null) return;
        ScoreBound b = ScoreBound.parse(expected);
        if (!b.accepts(actual)) out.add(what + ": expected " + b + ", engine " + (actual == null ? "none" : actual));
    }
}
