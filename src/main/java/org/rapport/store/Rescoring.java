package org.rapport.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricEngines;
import org.rapport.rubric.TurnScore;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Turn;

/**
 * Re-scores what a trainee's own login wrote, so that a score shown to a supervisor (assignments,
 * progress, the gradebook, a review) is the one the engine gives to the stored text, whoever wrote the
 * row: on a shared server a trainee can insert rows with any score their own process likes. Replies
 * written by another login (a supervisor's import, the owner) are taken as stored.
 */
public class Rescoring {

    /** For the single-user embedded store, where whoever can open the file can write anything anyway. */
    public static final Rescoring TRUST_STORED = new Rescoring(null);

    private final Supplier<RubricEngines> engines;

    /** @param engines found only when a session needs re-scoring (loading an engine takes a while) */
    public Rescoring(Supplier<RubricEngines> engines) {
        this.engines = engines;
    }

    /** What the check found, and the engine's score of each reply it re-scored, by turn index. */
    public record Result(ScoreCheck check, Map<Integer, TurnScore> engineScores) {

        public Result {
            engineScores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(engineScores));
        }
    }

    public Result check(SessionRecord record, List<StoredTurn> turns) {
        List<String> problems = new ArrayList<>();
        for (StoredTurn t : turns) {
            if (!t.readable()) problems.add("turn " + t.turn().index() + ": its stored score cannot be read (" + t.unreadable() + ")");
        }
        List<StoredTurn> toRescore = engines == null ? List.of() : turns.stream()
                .filter(t -> t.turn().speaker() == Speaker.TRAINEE && writtenByTrainee(record, t)).toList();
        if (toRescore.isEmpty()) {
            return new Result(problems.isEmpty() ? ScoreCheck.TRUSTED : new ScoreCheck(false, false, problems), Map.of());
        }
        RubricEngine engine;
        try {
            engine = engines.get().forRubric(record.rubricId());
        } catch (RuntimeException e) {
            problems.add("rubric " + (record.rubricId() == null ? "(none named)" : record.rubricId())
                    + " is not available to re-score it: " + e.getMessage());
            return new Result(ScoreCheck.notGraded(problems), Map.of());
        }
        String versionProblem = versionProblem(record, engine);
        if (versionProblem != null) {
            problems.add(versionProblem);
            return new Result(ScoreCheck.notGraded(problems), Map.of());
        }
        Set<Integer> wanted = new LinkedHashSet<>();
        toRescore.forEach(t -> wanted.add(t.turn().index()));
        List<ReplyContext> contexts = new ArrayList<>();
        List<StoredTurn> stored = new ArrayList<>();
        List<Turn> before = new ArrayList<>();
        for (StoredTurn t : turns) {
            SessionTurn turn = t.turn();
            if (wanted.contains(turn.index())) {
                contexts.add(new ReplyContext(before, turn.text(), turn.score() == null ? null : turn.score().boundary()));
                stored.add(t);
            }
            before.add(new Turn(turn.index(), turn.speaker(), turn.text()));
        }
        List<TurnScore> recomputed;
        try {
            recomputed = engine.scoreAll(contexts);
        } catch (RuntimeException e) {
            problems.add("the engine could not re-score it: " + e.getMessage());
            return new Result(ScoreCheck.notGraded(problems), Map.of());
        }
        Map<Integer, TurnScore> engineScores = new LinkedHashMap<>();
        for (int i = 0; i < stored.size(); i++) {
            SessionTurn turn = stored.get(i).turn();
            TurnScore engineScore = recomputed.get(i);
            engineScores.put(turn.index(), engineScore);
            String difference = difference(turn.score(), engineScore);
            // an unreadable score is reported above, once
            if (difference != null && stored.get(i).readable()) {
                problems.add("turn " + turn.index() + ": scores do not match the engine's (" + difference + ")");
            }
        }
        return new Result(problems.isEmpty() ? ScoreCheck.CONFIRMED : ScoreCheck.notGraded(problems), engineScores);
    }

    /**
     * Null when the engine scores under the rubric version the session was scored with (or the session's
     * version is not on record: saved before versions were kept); else why re-scoring cannot stand in
     * for its grade. A version no longer available is said so, never silently replaced by another.
     */
    static String versionProblem(SessionRecord record, RubricEngine engine) {
        String stored = record.rubricVersion();
        String available = engine.rubric().version();
        if (stored == null || stored.equals(available)) return null;
        return "it was scored under rubric " + engine.rubric().id() + " version " + stored
                + ", which is no longer available (this program has version " + available
                + "); re-scoring under another version would not be this session's grade";
    }

    /** Written by the trainee's own login, or by a login not on record (rows from before it was recorded). */
    static boolean writtenByTrainee(SessionRecord record, StoredTurn turn) {
        return turn.writtenBy() == null || turn.writtenBy().equals(record.trainee());
    }

    /** Null when the stored judgement has the engine's code and scores; else what differs, briefly. */
    static String difference(TurnScore stored, TurnScore engine) {
        if (stored == null) return "stored none, engine " + scores(engine);
        List<String> parts = new ArrayList<>();
        if (!stored.codes().equals(engine.codes())) {
            parts.add("code stored " + code(stored) + ", engine " + code(engine));
        }
        Set<String> criteria = new LinkedHashSet<>(engine.scores().keySet());
        criteria.addAll(stored.scores().keySet());
        for (String c : criteria) {
            Integer s = stored.scores().get(c), e = engine.scores().get(c);
            boolean known = stored.scores().containsKey(c) && engine.scores().containsKey(c);
            if (!known || !Objects.equals(s, e)) {
                parts.add(c + " stored " + (stored.scores().containsKey(c) ? value(s) : "absent") + ", engine "
                        + (engine.scores().containsKey(c) ? value(e) : "absent"));
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String code(TurnScore s) {
        return s.codes().behavior().json() + (s.codes().subtype() == null ? "" : "/" + s.codes().subtype().json());
    }

    private static String scores(TurnScore s) {
        List<String> parts = new ArrayList<>();
        s.scores().forEach((c, v) -> parts.add(c + " " + value(v)));
        return String.join(", ", parts);
    }

    private static String value(Integer v) {
        return v == null ? "n/a" : v.toString();
    }
}
