package org.rapport.session;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.rapport.client.ClientSimulator;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricEngines;
import org.rapport.scenario.Scenario;

/**
 * Where practice sessions are opened, resumed, listed and read back. The shell commands call this; it
 * knows nothing of the shell.
 */
public class PracticeSessions {

    public static final String SCRIPTED = "scripted", LLM = "llm";

    private final ScenarioLookup scenarios;
    private final ClientSimulators clients;
    private final RubricEngines engines;
    /** The engine for a session whose client is a language model: the same model may write its suggestions. */
    private java.util.function.UnaryOperator<RubricEngine> withModel = java.util.function.UnaryOperator.identity();
    private final SessionJournal journal;
    private final Clock clock;
    private final SessionIds ids;

    /** {@code engines} is asked only when a session starts or resumes, so listing sessions loads no model. */
    public PracticeSessions(ScenarioLookup scenarios, ClientSimulators clients, RubricEngines engines,
            SessionJournal journal, Clock clock, RandomGenerator random) {
        this.scenarios = scenarios;
        this.clients = clients;
        this.engines = engines;
        this.journal = journal;
        this.clock = clock;
        this.ids = new SessionIds(clock, random);
    }

    /** Sessions with a language-model client use {@code withModel} on their engine (it adds model-written suggestions). */
    public PracticeSessions withModelSuggestions(java.util.function.UnaryOperator<RubricEngine> withModel) {
        this.withModel = java.util.Objects.requireNonNull(withModel);
        return this;
    }

    /** Opens a session; {@code clientMode} null plays the scenario in its own mode. */
    public PracticeSession start(String scenarioId, String trainee, String clientMode) {
        Scenario scenario = scenario(scenarioId);
        String mode = mode(clientMode, scenario);
        if (mode.equals(SCRIPTED) && scenario.beats().isEmpty()) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " has no scripted beats; start it with --client llm");
        }
        RubricEngine judging = engines.forRubric(null);
        RubricEngine engine = mode.equals(LLM) ? withModel.apply(judging) : judging;
        ClientSimulator client = clients.create(scenario, mode);
        String id = ids.next(candidate -> journal.load(candidate).isPresent());
        // the model and exemplars load while the trainee reads the client's opening
        return PracticeSession.start(id, scenario, client, engine, journal, trainee, mode, clock).warmingUp(judging);
    }

    /**
     * Continues an unfinished session; {@code sessionId} null or blank picks the most recently started
     * session still in progress.
     */
    public PracticeSession resume(String sessionId) {
        SavedSession saved;
        if (sessionId == null || sessionId.isBlank()) {
            SessionRecord latest = journal.list(null).stream()
                    .filter(r -> r.status() == SessionStatus.IN_PROGRESS)
                    .max(Comparator.comparing(SessionRecord::startedAt))
                    .orElseThrow(() -> new IllegalArgumentException("no session in progress to resume"));
            saved = load(latest.id());
        } else {
            saved = load(sessionId.strip());
        }
        if (saved.record().status() == SessionStatus.FINISHED) {
            throw new IllegalArgumentException("session " + saved.record().id() + " is finished; see it with: export "
                    + saved.record().id() + " --format text");
        }
        Scenario scenario = scenario(saved.record().scenarioId());
        // the rubric the session started with, so that its scores stay comparable
        RubricEngine judging = engines.forRubric(saved.record().rubricId());
        RubricEngine engine = LLM.equals(saved.record().clientMode()) ? withModel.apply(judging) : judging;
        ClientSimulator client = clients.create(scenario, saved.record().clientMode());
        PracticeSession session = PracticeSession.resume(saved, scenario, client, engine, journal, clock);
        return session.recoveredReply().isPresent() ? session : session.warmingUp(judging);
    }

    /** Runs a session from a list of replies, without a terminal, and ends it. */
    public PracticeSession play(String scenarioId, String trainee, List<String> replies, ReplyListener listener) {
        return play(scenarioId, trainee, null, replies, listener);
    }

    /** As {@link #play(String, String, List, ReplyListener)}, with the client played in {@code clientMode}. */
    public PracticeSession play(String scenarioId, String trainee, String clientMode, List<String> replies,
            ReplyListener listener) {
        PracticeSession session = start(scenarioId, trainee, clientMode);
        for (String reply : replies) {
            if (session.ended()) break;
            listener.replied(reply, session.reply(reply, text -> { }));
        }
        session.end();
        return session;
    }

    /** Told about each reply of a played session as it is scored and answered. */
    @FunctionalInterface
    public interface ReplyListener {
        void replied(String reply, TurnResult result);
    }

    public SavedSession load(String sessionId) {
        return journal.load(sessionId).orElseThrow(() -> new IllegalArgumentException("no session " + sessionId
                + (SessionIds.looksLikeId(sessionId) ? "" : " (session ids look like 20261127-1832-ab12; see: sessions)")));
    }

    /** Sessions, newest first; {@code trainee} null for everyone's. */
    public List<SessionRecord> list(String trainee) {
        return journal.list(trainee);
    }

    public SessionReport report(PracticeSession session) {
        return SessionReport.of(session);
    }

    public Scenario scenario(String id) {
        return scenarios.get(id);
    }

    private static String mode(String requested, Scenario scenario) {
        String mode = requested == null || requested.isBlank() ? scenario.mode() : requested.strip().toLowerCase(Locale.ROOT);
        if (mode == null) return SCRIPTED;
        if (!mode.equals(SCRIPTED) && !mode.equals(LLM)) {
            throw new IllegalArgumentException("--client must be scripted or llm, not '" + requested + "'");
        }
        return mode;
    }
}
