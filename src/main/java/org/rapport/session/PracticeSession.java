package org.rapport.session;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.rapport.client.ClientSimulator;
import org.rapport.client.ClientState;
import org.rapport.client.ClientTurn;
import org.rapport.client.Exchange;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.Beat;
import org.rapport.scenario.Scenario;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Transcript;
import org.rapport.transcript.Turn;

/**
 * One trainee practising with one simulated client. Every reply is kept in the journal the moment it is
 * entered, then scored by the rubric engine and answered by the client, and both turns are written to the
 * journal before {@link #reply} returns, so a crash never loses more than the reply being typed.
 */
public final class PracticeSession {

    private SessionRecord record;
    private final Scenario scenario;
    private final ClientSimulator client;
    private final RubricEngine engine;
    private final SessionJournal journal;
    private final Clock clock;
    private final List<SessionTurn> turns = new ArrayList<>();
    private ClientTurn lastClientTurn;
    private boolean ended;
    /** A saved reply the client has not answered (its answer failed); it must be answered before the next. */
    private SessionTurn unanswered;
    /** The reply that was entered but not yet scored when the session stopped, scored on resuming. */
    private SessionTurn recovered;
    private EngineWarmUp warmUp = EngineWarmUp.DONE;
    private java.time.Duration longestWait = EngineWarmUp.LONGEST_WAIT;
    /** Whether the engine reads each client line ahead while the trainee types ({@link #readingAhead}). */
    private boolean readsAhead;

    private PracticeSession(SessionRecord record, Scenario scenario, ClientSimulator client, RubricEngine engine,
            SessionJournal journal, Clock clock) {
        this.record = record;
        this.scenario = scenario;
        this.client = client;
        this.engine = engine;
        this.journal = journal;
        this.clock = clock;
    }

    /** Opens a new session: records its header, lets the client speak first, and saves that line. */
    public static PracticeSession start(String id, Scenario scenario, ClientSimulator client, RubricEngine engine,
            SessionJournal journal, String trainee, String clientMode, Clock clock) {
        SessionRecord record = new SessionRecord(id, scenario.id(), trainee, clientMode, engine.rubric().id(),
                clock.instant(), null, SessionStatus.IN_PROGRESS, engine.judgementVersion());
        journal.begin(record);
        PracticeSession session = new PracticeSession(record, scenario, client, engine, journal, clock);
        session.saveClientTurn(client.opening());
        return session;
    }

    /**
     * Rebuilds an unfinished session from its journal after a crash or a closed terminal. The fresh
     * client is brought to where the session stopped with {@link ClientSimulator#resume}; when the
     * journal ends with a reply the client never answered, the client answers it now.
     */
    public static PracticeSession resume(SavedSession saved, Scenario scenario, ClientSimulator client,
            RubricEngine engine, SessionJournal journal, Clock clock) {
        SessionRecord record = saved.record();
        if (record.status() == SessionStatus.FINISHED) {
            throw new IllegalStateException("session " + record.id() + " is already finished");
        }
        if (!record.scenarioId().equals(scenario.id())) {
            throw new IllegalArgumentException("session " + record.id() + " belongs to scenario "
                    + record.scenarioId() + ", not " + scenario.id());
        }
        List<SessionTurn> ordered = saved.turns().stream().sorted(Comparator.comparingInt(SessionTurn::index)).toList();
        if (ordered.isEmpty() || ordered.get(0).speaker() != Speaker.CLIENT) {
            throw new IllegalStateException("session " + record.id() + " has no opening client line to resume from");
        }
        PracticeSession session = new PracticeSession(record, scenario, client, engine, journal, clock);
        session.turns.addAll(ordered);

        List<Exchange> past = new ArrayList<>();
        SessionTurn unanswered = null;
        for (int i = 1; i < ordered.size(); i++) {
            SessionTurn turn = ordered.get(i);
            if (turn.speaker() != Speaker.TRAINEE) continue;
            SessionTurn answer = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
            if (answer == null || answer.speaker() != Speaker.CLIENT) {
                unanswered = turn;
                break;
            }
            past.add(new Exchange(turn.text(), turn.score(), answer.text()));
        }
        client.resume(past);
        SessionTurn lastClient = ordered.stream().filter(t -> t.speaker() == Speaker.CLIENT)
                .reduce((a, b) -> b).orElseThrow();
        // The journal keeps a client line's beat and the replies' scores: the declared risk follows from them.
        TurnScore answered = ordered.stream().filter(t -> t.speaker() == Speaker.TRAINEE && t.index() < lastClient.index())
                .reduce((a, b) -> b).map(SessionTurn::score).orElse(null);
        session.lastClientTurn = new ClientTurn(lastClient.text(), lastClient.clientState(), lastClient.beatId(),
                session.boundaryOf(lastClient.beatId()), lastClient.origin(), scenario.declaredRisk(lastClient.beatId(), answered));
        // The process died after the reply was entered and before its scored turn was saved: score it now.
        // An entered reply at an index the journal already has was saved, and is not saved twice.
        if (unanswered == null) {
            EnteredReply entered = journal.entered(record.id()).filter(r -> r.index() == ordered.size()).orElse(null);
            if (entered != null) {
                unanswered = session.scoreAndSave(entered.text(), entered.at());
                session.recovered = unanswered;
            }
        }
        if (unanswered != null) {
            // The crash came between saving the reply and saving the answer: answer it now.
            session.saveClientTurn(client.respond(unanswered.text(), unanswered.score(), text -> { }));
        }
        if (client.finished()) session.end();
        return session;
    }

    /**
     * Scores a trainee reply, lets the client answer it ({@code partial} receives the answer's text as
     * it arrives), and saves both turns.
     */
    public TurnResult reply(String text, Consumer<String> partial) {
        Objects.requireNonNull(text, "text");
        if (ended) throw new IllegalStateException("session " + record.id() + " has ended");
        if (unanswered != null) {
            throw new IllegalStateException("the client has not answered the last reply yet; resume session " + record.id());
        }
        String reply = text.strip();
        if (reply.isEmpty()) throw new IllegalArgumentException("an empty reply cannot be scored");
        String tooLong = org.rapport.transcript.Turn.tooLong(turns.size(), Speaker.TRAINEE, reply);
        if (tooLong != null) throw new IllegalArgumentException(tooLong);
        Instant at = clock.instant();
        // Kept before it is scored: if the process dies while scoring or answering, resuming scores it.
        journal.enter(record.id(), new EnteredReply(turns.size(), reply, at));
        warmUp.awaitAtMost(longestWait);
        SessionTurn saved = scoreAndSave(reply, at);
        TurnScore score = saved.score();
        // If the client fails to answer, the reply stays saved and resuming the session answers it.
        unanswered = saved;
        ClientTurn answer = client.respond(reply, score, partial);
        saveClientTurn(answer);
        unanswered = null;
        if (client.finished()) end();
        else readAhead();
        return new TurnResult(score, answer, ended);
    }

    /** Scores a reply to the client's last line and saves the scored turn. */
    private SessionTurn scoreAndSave(String reply, Instant at) {
        TurnScore score = engine.score(answering(reply));
        SessionTurn saved = new SessionTurn(turns.size(), Speaker.TRAINEE, reply, score, null, null, at);
        append(saved);
        return saved;
    }

    /** The moment {@code reply} answers: the client's last line, what its beat declares, the client's locale. */
    private ReplyContext answering(String reply) {
        // Risk feedback names the crisis resources of the country the simulated client lives in.
        return new ReplyContext(history(), reply, lastClientTurn.boundary(),
                scenario.serviceLocale(org.rapport.locale.LocaleCatalogue.shipped()), hintOf(lastClientTurn.beatId()),
                goodRepliesOf(lastClientTurn.beatId())).withRisk(lastClientTurn.risk())
                // a beat's own line: what its author declared is what it tests and carries
                .withScripted(lastClientTurn.scripted());
    }

    /**
     * From now on, the engine reads each client line and scores the likeliest suggestions in the background
     * while the trainee reads and types ({@link RubricEngine#prepare}), so that after Enter it judges little
     * more than the reply. For a trainee at a terminal; a session played from a file has no typing time to
     * use, and the next reply would only wait for the work. The scores are the same either way.
     */
    public PracticeSession readingAhead() {
        readsAhead = true;
        readAhead();
        return this;
    }

    /** Starts reading the client's last line ahead, after the warm-up; the next reply waits for it (bounded). */
    private void readAhead() {
        if (!readsAhead || ended || unanswered != null || lastClientTurn == null) return;
        ReplyContext next = answering("");
        warmUp = warmUp.then(() -> engine.prepare(next), "engine-read-ahead");
    }

    /** Waits, at most as long as a reply would, until the warm-up and reading ahead are over; true when they are. */
    public boolean awaitReadAhead() {
        return warmUp.awaitAtMost(longestWait);
    }

    /**
     * Warms {@code engine} up in the background while the trainee reads the client's line; the next reply
     * waits for it at most {@link EngineWarmUp#LONGEST_WAIT}. Give the engine the session scores with, or
     * the judging engine underneath it (never one that calls a language model for nothing).
     */
    public PracticeSession warmingUp(RubricEngine engine) {
        return warmingUp(engine, EngineWarmUp.LONGEST_WAIT);
    }

    PracticeSession warmingUp(RubricEngine engine, java.time.Duration longestWait) {
        this.warmUp = EngineWarmUp.start(engine);
        this.longestWait = longestWait;
        readAhead();
        return this;
    }

    /** The reply that had been entered but not yet scored when the session stopped, scored on resuming. */
    public java.util.Optional<SessionTurn> recoveredReply() {
        return java.util.Optional.ofNullable(recovered);
    }

    /**
     * Said to the trainee when a session resumes under another judgement than it began with (the
     * program was upgraded in between): its replies cannot all be scored by one judgement, so no view
     * will count it as a grade, and the trainee should hear that now rather than from a supervisor.
     * Empty when the judgement is the one the session began with (or the session predates versions).
     */
    public java.util.Optional<String> judgementChange() {
        String began = record.rubricVersion();
        String now = engine.judgementVersion();
        if (engine.judgesAs(began)) return java.util.Optional.empty();
        return java.util.Optional.of("The rubric " + record.rubricId() + " has changed since this session began (version "
                + began + ", now " + now + "). Its earlier replies were scored by the old judgement, so this session "
                + "will not count as a grade: finish it for practice, and start " + record.scenarioId()
                + " again for a graded session.");
    }

    /** Closes the session in the journal; it can no longer be resumed. Idempotent. */
    public void end() {
        if (ended) return;
        ended = true;
        Instant endedAt = clock.instant();
        // The client fills in the rating as the session closes: only a session with replies has one.
        if (!replies().isEmpty()) journal.rate(record.id(), org.rapport.alliance.StoredRating.of(alliance()));
        journal.finish(record.id(), endedAt);
        record = record.finishedAt(endedAt);
    }

    private void saveClientTurn(ClientTurn turn) {
        lastClientTurn = turn;
        append(new SessionTurn(turns.size(), Speaker.CLIENT, turn.text(), null, turn.state(), turn.beatId(),
                clock.instant(), turn.origin()));
    }

    private void append(SessionTurn turn) {
        journal.append(record.id(), turn);
        turns.add(turn);
    }

    /** The journal keeps only the beat id of a client line; the beat says which boundary it tests. */
    private BoundaryKind boundaryOf(String beatId) {
        return beatId == null ? null : scenario.beat(beatId).map(Beat::boundary).orElse(null);
    }

    /** The scenario's coaching for the beat a client line came from, which the feedback draws on. */
    private String hintOf(String beatId) {
        return beatId == null ? null : scenario.beat(beatId).map(Beat::hint).orElse(null);
    }

    private List<String> goodRepliesOf(String beatId) {
        return beatId == null ? List.of() : scenario.beat(beatId).map(Beat::goodReplies).orElse(List.of());
    }

    public String id() {
        return record.id();
    }

    public SessionRecord record() {
        return record;
    }

    public Scenario scenario() {
        return scenario;
    }

    public RubricEngine engine() {
        return engine;
    }

    public boolean ended() {
        return ended;
    }

    /** True when the last reply is saved but the client's answer to it failed; resuming answers it. */
    public boolean awaitingAnswer() {
        return unanswered != null;
    }

    /** Saved turns so far, oldest first. */
    public List<SessionTurn> turns() {
        return List.copyOf(turns);
    }

    /** The client's most recent line, the one the next reply answers. */
    public ClientTurn lastClientTurn() {
        return lastClientTurn;
    }

    public ClientState clientState() {
        return lastClientTurn.state();
    }

    /** The scored trainee turns, oldest first. */
    public List<SessionTurn> replies() {
        return turns.stream().filter(t -> t.speaker() == Speaker.TRAINEE).toList();
    }

    public List<TurnScore> scores() {
        return replies().stream().map(SessionTurn::score).toList();
    }

    /** The beats the client has spoken from, in the order first reached. */
    public Set<String> reachedBeats() {
        Set<String> beats = new LinkedHashSet<>();
        turns.stream().filter(t -> t.speaker() == Speaker.CLIENT && t.beatId() != null)
                .forEach(t -> beats.add(t.beatId()));
        return beats;
    }

    /**
     * The rupture in each saved turn: null for trainee turns, for the opening line, and for client lines
     * the engine reads as none or that the client's state shows were no rupture
     * ({@link org.rapport.alliance.ClientRatings#felt}).
     */
    public List<org.rapport.rubric.RuptureKind> ruptures() {
        return ruptures(scenario, engine, turns);
    }

    /**
     * The rupture in each of {@code turns} of a session of {@code scenario}, as {@code engine} reads the
     * client lines and the client's states bear them out (see {@link #ruptures()}).
     */
    public static List<org.rapport.rubric.RuptureKind> ruptures(Scenario scenario, RubricEngine engine, List<SessionTurn> turns) {
        List<org.rapport.rubric.ClientLine> lines = org.rapport.rubric.ClientLine.of(turns, t -> t.speaker() == Speaker.CLIENT, SessionTurn::text);
        List<org.rapport.rubric.RuptureKind> read = lines.isEmpty() ? List.of() : engine.rupturesIn(lines);
        List<org.rapport.rubric.RuptureKind> out = new ArrayList<>(turns.size());
        int next = 0;
        ClientState before = scenario.start();
        for (SessionTurn t : turns) {
            if (t.speaker() != Speaker.CLIENT) {
                out.add(null);
                continue;
            }
            org.rapport.rubric.RuptureKind kind = read.get(next++);
            out.add(t.index() == 0 ? null : org.rapport.alliance.ClientRatings.felt(kind, before, t.clientState()));
            if (t.clientState() != null) before = t.clientState();
        }
        return out;
    }

    /** The client's own ratings of the session so far: the check-in, the session rating, ruptures, dropout risk. */
    public org.rapport.alliance.AllianceReport alliance() {
        return alliance(ruptures());
    }

    org.rapport.alliance.AllianceReport alliance(List<org.rapport.rubric.RuptureKind> ruptures) {
        return alliance(scenario, turns, ruptures);
    }

    /**
     * The client's ratings of a session of {@code scenario} with these turns (their scores and the
     * client's states) and the ruptures in them: what the client fills in as the session closes.
     */
    public static org.rapport.alliance.AllianceReport alliance(Scenario scenario, List<SessionTurn> turns,
            List<org.rapport.rubric.RuptureKind> ruptures) {
        List<org.rapport.alliance.SessionMoment> moments = new ArrayList<>(turns.size());
        for (int i = 0; i < turns.size(); i++) {
            SessionTurn t = turns.get(i);
            moments.add(t.speaker() == Speaker.TRAINEE ? org.rapport.alliance.SessionMoment.reply(t.index(), t.text(), t.score())
                    : org.rapport.alliance.SessionMoment.client(t.index(), t.text(), t.clientState(), ruptures.get(i)));
        }
        return org.rapport.alliance.ClientRatings.rate(scenario.start(), scenario.client().style(), moments);
    }

    public TranscriptSummary summary() {
        return TranscriptSummary.of(engine.rubric().criterionIds(), scores());
    }

    /** The conversation so far as transcript turns (client and trainee alike, indexed from 0). */
    public List<Turn> history() {
        return turns.stream().map(t -> new Turn(t.index(), t.speaker(), t.text())).toList();
    }

    public Transcript transcript() {
        return new Transcript(record.id(), "session " + record.id(), history(),
                scenario.serviceLocale(org.rapport.locale.LocaleCatalogue.shipped()).id());
    }
}
