package org.rapport.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A journal kept in memory, for tests: "durable" as soon as a call returns, like the real one. */
public class InMemorySessionJournal implements SessionJournal {

    private final Map<String, SessionRecord> records = new LinkedHashMap<>();
    private final Map<String, List<SessionTurn>> turns = new LinkedHashMap<>();
    /** Like the store's files: an entered reply stays until a trainee turn at its index is appended. */
    private final Map<String, EnteredReply> entered = new LinkedHashMap<>();
    /** Every call, in order, e.g. "begin 2026…", "append 2026… 3 trainee", "finish 2026…". */
    public final List<String> calls = new ArrayList<>();

    @Override
    public synchronized void begin(SessionRecord session) {
        if (records.containsKey(session.id())) throw new IllegalStateException("duplicate session " + session.id());
        records.put(session.id(), session);
        turns.put(session.id(), new ArrayList<>());
        calls.add("begin " + session.id());
    }

    @Override
    public synchronized void append(String sessionId, SessionTurn turn) {
        List<SessionTurn> list = turns.get(sessionId);
        if (list == null) throw new IllegalStateException("no session " + sessionId);
        if (turn.index() != list.size()) throw new IllegalStateException("turn " + turn.index() + " out of order");
        list.add(turn);
        if (turn.speaker() == org.rapport.transcript.Speaker.TRAINEE && entered.containsKey(sessionId)
                && entered.get(sessionId).index() <= turn.index()) {
            entered.remove(sessionId);
        }
        calls.add("append " + sessionId + " " + turn.index() + " " + turn.speaker().json());
    }

    @Override
    public synchronized void enter(String sessionId, EnteredReply reply) {
        entered.put(sessionId, reply);
        calls.add("enter " + sessionId + " " + reply.index());
    }

    @Override
    public synchronized Optional<EnteredReply> entered(String sessionId) {
        return Optional.ofNullable(entered.get(sessionId));
    }

    @Override
    public synchronized void finish(String sessionId, Instant endedAt) {
        SessionRecord r = records.get(sessionId);
        records.put(sessionId, new SessionRecord(r.id(), r.scenarioId(), r.trainee(), r.clientMode(), r.rubricId(),
                r.startedAt(), endedAt, SessionStatus.FINISHED));
        calls.add("finish " + sessionId);
    }

    @Override
    public synchronized Optional<SavedSession> load(String sessionId) {
        SessionRecord r = records.get(sessionId);
        return r == null ? Optional.empty() : Optional.of(new SavedSession(r, turns.get(sessionId)));
    }

    @Override
    public synchronized List<SessionRecord> list(String trainee) {
        return records.values().stream().filter(r -> trainee == null || r.trainee().equals(trainee))
                .sorted(Comparator.comparing(SessionRecord::startedAt).thenComparing(SessionRecord::id).reversed())
                .toList();
    }
}
