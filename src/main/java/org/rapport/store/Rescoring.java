package org.rapport.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.rapport.alliance.StoredRating;
import org.rapport.client.ClientLineOrigin;
import org.rapport.client.ClientState;
import org.rapport.client.ExpectedLine;
import org.rapport.client.LlmClient;
import org.rapport.client.OfflineFallback;
import org.rapport.client.ScriptedClient;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricEngines;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.Scenario;
import org.rapport.session.PracticeSession;
import org.rapport.session.PracticeSessions;
import org.rapport.session.ScenarioLookup;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Turn;

/**
 * Re-scores what a trainee's own login wrote, so that a score shown to a supervisor (assignments,
 * progress, the gradebook, a review) is the one the engine gives to the stored text, whoever wrote the
 * row: on a shared server a trainee can insert rows with any score their own process likes. Replies
 * written by another login (a supervisor's import, the owner) are taken as stored.
 *
 * <p>With the scenarios at hand it also replays the session against its scenario: the client's lines
 * and states in a scripted session must be the ones the script gives to those replies (a trainee could
 * otherwise write a line of their own as the client's, and answer it), the scripted beats and fallback
 * lines of an LLM session must be the scenario's own, and the client's ratings a trainee's login wrote
 * must be the ones the session gives. A model's own words cannot be replayed: they are reported as
 * unverified, never passed off as checked.
 */
public class Rescoring {

    /** For the single-user embedded store, where whoever can open the file can write anything anyway. */
    public static final Rescoring TRUST_STORED = new Rescoring(null);

    private final Supplier<RubricEngines> engines;
    private final ScenarioLookup scenarios;

    /**
     * Re-scores replies only: client lines and ratings are not checked against a scenario (for tools and
     * tests about scores; the program's wiring always passes the scenarios).
     *
     * @param engines found only when a session needs re-scoring (loading an engine takes a while)
     */
    public Rescoring(Supplier<RubricEngines> engines) {
        this(engines, null);
    }

    /** @param scenarios the scenarios sessions are replayed against; null: client lines are not checked */
    public Rescoring(Supplier<RubricEngines> engines, ScenarioLookup scenarios) {
        this.engines = engines;
        this.scenarios = scenarios;
    }

    /**
     * What the check found, the engine's score of each reply it re-scored (by turn index), and the client's
     * rating as it may be shown: the stored one, or null where it was not confirmed.
     */
    public record Result(ScoreCheck check, Map<Integer, TurnScore> engineScores, StoredRating rating) {

        public Result {
            engineScores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(engineScores));
        }

        public Result(ScoreCheck check, Map<Integer, TurnScore> engineScores) {
            this(check, engineScores, null);
        }
    }

    public Result check(SessionRecord record, List<StoredTurn> turns) {
        return check(record, turns, null, null);
    }

    /**
     * @param rating  the client's rating on record, or null
     * @param ratedBy the login that wrote it (null when not on record)
     */
    public Result check(SessionRecord record, List<StoredTurn> turns, StoredRating rating, String ratedBy) {
        return check(record, turns, rating, ratedBy, null);
    }

    /**
     * @param confirmed the session's confirmed grade on record, or null: a finished session confirmed by
     *                  another login than its trainee's, under the judgement it was scored with, is taken as
     *                  stored (nothing of a finished session can change after it was confirmed)
     */
    public Result check(SessionRecord record, List<StoredTurn> turns, StoredRating rating, String ratedBy,
            Confirmations.Confirmation confirmed) {
        List<String> problems = new ArrayList<>();
        for (StoredTurn t : turns) {
            if (!t.readable()) problems.add("turn " + t.turn().index() + ": its stored score cannot be read (" + t.unreadable() + ")");
        }
        if (problems.isEmpty() && confirmed != null && record.status() == org.rapport.session.SessionStatus.FINISHED
                && confirmed.judgement().equals(record.rubricVersion()) && !confirmed.confirmedBy().equals(record.trainee())) {
            return new Result(ScoreCheck.TRUSTED, Map.of(), rating);
        }
        boolean ratedByTrainee = rating != null && (ratedBy == null || ratedBy.equals(record.trainee()));
        boolean writtenByTrainee = turns.stream().anyMatch(t -> writtenByTrainee(record, t));
        if (engines == null || (!writtenByTrainee && !ratedByTrainee)) {
            return new Result(problems.isEmpty() ? ScoreCheck.TRUSTED : new ScoreCheck(false, false, problems), Map.of(), rating);
        }
        String unchecked = "the client's ratings could not be checked, so they are not shown";
        RubricEngine engine;
        try {
            engine = engines.get().forRubric(record.rubricId());
        } catch (RuntimeException e) {
            problems.add("rubric " + (record.rubricId() == null ? "(none named)" : record.rubricId())
                    + " is not available to re-score it: " + e.getMessage());
            return new Result(ScoreCheck.notGraded(problems, List.of(), ratedByTrainee ? unchecked : null), Map.of(),
                    ratedByTrainee ? null : rating);
        }
        String versionProblem = versionProblem(record, engine);
        if (versionProblem != null) {
            problems.add(versionProblem);
            return new Result(ScoreCheck.notGraded(problems, List.of(), ratedByTrainee ? unchecked : null), Map.of(),
                    ratedByTrainee ? null : rating);
        }
        Map<Integer, TurnScore> engineScores = rescore(record, turns, engine, problems);
        if (engineScores == null) {
            return new Result(ScoreCheck.notGraded(problems, List.of(), ratedByTrainee ? unchecked : null), Map.of(),
                    ratedByTrainee ? null : rating);
        }

        List<Integer> unverified = new ArrayList<>();
        String ratingProblem = null;
        StoredRating shown = rating;
        Scenario scenario = replayable(record) ? scenario(record, problems) : null;
        if (scenario != null) {
            List<SessionTurn> replayed = replay(record, scenario, turns, engineScores, problems, unverified);
            if (ratedByTrainee && replayed != null) {
                StoredRating given = StoredRating.of(PracticeSession.alliance(scenario, replayed,
                        PracticeSession.ruptures(scenario, engine, replayed)));
                if (!given.equals(rating)) {
                    ratingProblem = "the client's ratings on record (" + ratings(rating) + ") are not the ones the session gives ("
                            + ratings(given) + "), so they are not shown";
                    shown = null;
                }
            } else if (ratedByTrainee) {
                ratingProblem = unchecked;
                shown = null;
            }
        } else if (ratedByTrainee && scenarios != null) {
            ratingProblem = unchecked;
            shown = null;
        }
        boolean rescored = !engineScores.isEmpty() || scenario != null;
        ScoreCheck check = problems.isEmpty() ? new ScoreCheck(true, rescored, List.of(), unverified, ratingProblem)
                : ScoreCheck.notGraded(problems, unverified, ratingProblem);
        return new Result(check, engineScores, shown);
    }

    /** The engine's score of each reply a trainee's login wrote, differences added to {@code problems}; null if it failed. */
    private static Map<Integer, TurnScore> rescore(SessionRecord record, List<StoredTurn> turns, RubricEngine engine,
            List<String> problems) {
        Set<Integer> wanted = new LinkedHashSet<>();
        turns.stream().filter(t -> t.turn().speaker() == Speaker.TRAINEE && writtenByTrainee(record, t))
                .forEach(t -> wanted.add(t.turn().index()));
        if (wanted.isEmpty()) return Map.of();
        List<ReplyContext> contexts = new ArrayList<>();
        List<StoredTurn> stored = new ArrayList<>();
        List<Turn> before = new ArrayList<>();
        for (StoredTurn t : turns) {
            SessionTurn turn = t.turn();
            if (wanted.contains(turn.index())) {
                // As scored: the boundary and risk the judgement answered (the replay checks them against the scenario).
                contexts.add(new ReplyContext(before, turn.text(), turn.score() == null ? null : turn.score().boundary())
                        .withRisk(turn.score() == null ? null : turn.score().risk()));
                stored.add(t);
            }
            before.add(new Turn(turn.index(), turn.speaker(), turn.text()));
        }
        List<TurnScore> recomputed;
        try {
            recomputed = engine.scoreAll(contexts);
        } catch (RuntimeException e) {
            problems.add("the engine could not re-score it: " + e.getMessage());
            return null;
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
        return engineScores;
    }

    /** A practice session (scripted or LLM) of a named scenario, which the scenarios are at hand to replay. */
    private boolean replayable(SessionRecord record) {
        return scenarios != null && record.scenarioId() != null
                && (PracticeSessions.SCRIPTED.equals(record.clientMode()) || PracticeSessions.LLM.equals(record.clientMode()));
    }

    private Scenario scenario(SessionRecord record, List<String> problems) {
        try {
            return scenarios.get(record.scenarioId());
        } catch (RuntimeException e) {
            problems.add("scenario " + record.scenarioId() + " is not available to check the client's lines against: "
                    + e.getMessage());
            return null;
        }
    }

    /**
     * Replays the session against its scenario, with the engine's scores of the replies: each client line
     * and state must be one the scenario gives there. Lines a model wrote in its own words are added to
     * {@code unverified}. Returns the turns with the states the replay gives (for the client's ratings),
     * or null when a reply has no score to replay with.
     */
    private static List<SessionTurn> replay(SessionRecord record, Scenario scenario, List<StoredTurn> turns,
            Map<Integer, TurnScore> engineScores, List<String> problems, List<Integer> unverified) {
        List<SessionTurn> effective = new ArrayList<>();
        List<TurnScore> replyScores = new ArrayList<>();
        for (StoredTurn t : turns) {
            SessionTurn turn = t.turn();
            if (turn.speaker() == Speaker.TRAINEE) {
                TurnScore score = engineScores.getOrDefault(turn.index(), turn.score());
                if (score == null) return null; // an unreadable score, reported already
                replyScores.add(score);
                turn = new SessionTurn(turn.index(), turn.speaker(), turn.text(), score, null, null, turn.at());
            }
            effective.add(turn);
        }
        boolean scripted = PracticeSessions.SCRIPTED.equals(record.clientMode());
        List<ExpectedLine> expected;
        try {
            expected = scripted ? ScriptedClient.replay(scenario, replyScores) : LlmClient.replay(scenario, replyScores);
        } catch (RuntimeException e) {
            problems.add("the session cannot be replayed against scenario " + scenario.id() + ": " + e.getMessage());
            return null;
        }
        List<SessionTurn> replayed = new ArrayList<>();
        int replies = 0;
        int lastAnswered = -1;
        for (SessionTurn turn : effective) {
            if (turn.speaker() == Speaker.TRAINEE) {
                // a reply to a boundary test is scored for it: a judgement without it was not made for this line
                org.rapport.rubric.BoundaryKind tested = replies < expected.size() ? expected.get(replies).boundary() : null;
                if (tested != null && turn.score().boundary() != tested) {
                    problems.add("turn " + turn.index() + ": scored as if the client's line tested "
                            + (turn.score().boundary() == null ? "no boundary" : turn.score().boundary().id())
                            + ", but the scenario's line tests " + tested.id());
                }
                // a reply to a line the scenario declares a risk in is scored for that risk, whatever was detected
                org.rapport.rubric.RiskKind declared = replies < expected.size() ? expected.get(replies).risk() : null;
                if (declared != null && turn.score().risk() != declared) {
                    problems.add("turn " + turn.index() + ": scored as if the client's line carried "
                            + (turn.score().risk() == null ? "no risk" : "the risk " + turn.score().risk().id())
                            + ", but the scenario declares " + declared.id() + " in it");
                }
                replies++;
                replayed.add(turn);
                continue;
            }
            int at = turn.index();
            if (lastAnswered == replies) {
                problems.add("turn " + at + ": a client line where no reply was answered (no scenario gives two in a row)");
                replayed.add(turn);
                continue;
            }
            lastAnswered = replies;
            if (replies >= expected.size()) {
                problems.add("turn " + at + ": a client line after the scenario had ended");
                replayed.add(turn);
                continue;
            }
            ExpectedLine line = expected.get(replies);
            if (line.text() != null) {
                if (!line.text().equals(turn.text())) {
                    problems.add("turn " + at + ": the client line is not the one the scenario gives here (it says \""
                            + shortened(line.text()) + "\")");
                }
            } else if (turn.origin() != null && turn.origin().kind() == ClientLineOrigin.Kind.FALLBACK) {
                if (!OfflineFallback.couldSay(scenario, turn.text())) {
                    problems.add("turn " + at + ": marked as a fallback line, but it is not one of the scenario's lines");
                }
            } else if (turn.origin() != null && turn.origin().kind() == ClientLineOrigin.Kind.SCRIPT) {
                problems.add("turn " + at + ": marked as the scenario's line, but the scenario has no line due here");
            } else {
                unverified.add(at);
            }
            if (turn.clientState() != null && !turn.clientState().equals(line.state())) {
                problems.add("turn " + at + ": the client's state on record (" + state(turn.clientState())
                        + ") is not the one the replies lead to (" + state(line.state()) + ")");
            }
            replayed.add(new SessionTurn(turn.index(), turn.speaker(), turn.text(), null, line.state(), turn.beatId(),
                    turn.at(), turn.origin()));
        }
        return replayed;
    }

    private static String state(ClientState s) {
        return "trust " + s.trust() + ", distress " + s.distress() + ", disclosure " + s.disclosure();
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static String ratings(StoredRating r) {
        return String.format(java.util.Locale.ROOT, "session rating %.1f of 40, check-in %.1f, %d ruptures, %d unrepaired",
                r.rating().total(), r.checkIn().total(), r.ruptures(), r.unrepaired());
    }

    /**
     * Null when the engine scores under the judgement the session was scored with (or the session's
     * version is not on record, or was recorded before judgements were fingerprinted: then the version
     * number alone is compared); else why re-scoring cannot stand in for its grade. A judgement no longer
     * available is said so, never silently replaced by another: a session scored before a head was
     * retrained would otherwise look forged.
     */
    static String versionProblem(SessionRecord record, RubricEngine engine) {
        String stored = record.rubricVersion();
        String available = engine.judgementVersion();
        if (engine.judgesAs(stored)) return null;
        return "it was scored under rubric " + engine.rubric().id() + " version " + stored
                + ", which is no longer available (this program has version " + available
                + "); re-scoring under another version would not be this session's grade";
    }

    /**
     * Whether a check confirmed all of a finished session: every score, every client line (no model line
     * left unverified) and the client's ratings, under a judgement on record.
     */
    static boolean confirmable(SessionRecord record, Result result) {
        ScoreCheck c = result.check();
        return record.status() == org.rapport.session.SessionStatus.FINISHED && record.rubricVersion() != null
                && c.graded() && c.rescored() && c.problems().isEmpty() && c.unverifiedLines().isEmpty()
                && c.ratingProblem() == null;
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
