package org.rapport.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.rapport.report.GradingProgress;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.TurnScore;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Transcript;
import org.rapport.transcript.Turn;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings recorded transcripts into the store as finished sessions, scored by the rubric engine. Each
 * transcript is written in one transaction together with the hash of its content, so an interrupted
 * import leaves whole transcripts or nothing, and re-running it adds nothing twice.
 */
public class TranscriptImport {

    /** Scenario id recorded for transcripts that were not practised on a scenario. */
    public static final String NO_SCENARIO = "imported";
    public static final String CLIENT_MODE = "transcript";


    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TraineeRoster roster;
    private final Clock clock;

    public TranscriptImport(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = Transactions.template(dataSource);
        this.roster = new TraineeRoster(dataSource, clock);
        this.clock = clock;
    }

    /**
     * Imports every transcript; one failing does not stop the others.
     *
     * @param engine     scores the trainee replies of transcripts not imported before
     * @param trainee    whom to attribute them to, or null for the prefix of each transcript id
     *                   ({@code alice-week3} is alice's)
     * @param scenarioId the scenario they practised, or null for {@value #NO_SCENARIO}
     */
    public List<ImportOutcome> importAll(List<Transcript> transcripts, RubricEngine engine, String trainee,
            String scenarioId) {
        return importAll(transcripts, engine, trainee, scenarioId, GradingProgress.NONE);
    }

    /** As {@link #importAll(List, RubricEngine, String, String)}, telling {@code progress} after each transcript. */
    public List<ImportOutcome> importAll(List<Transcript> transcripts, RubricEngine engine, String trainee,
            String scenarioId, GradingProgress progress) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Transcript transcript : transcripts) {
            try {
                outcomes.add(importOne(transcript, engine, trainee == null ? traineeOf(transcript.id()) : trainee,
                        scenarioId == null ? NO_SCENARIO : scenarioId));
            } catch (RuntimeException e) {
                outcomes.add(ImportOutcome.failed(transcript.id(), transcript.source(), message(e)));
            }
            progress.update(outcomes.size(), transcripts.size());
        }
        return outcomes;
    }

    ImportOutcome importOne(Transcript transcript, RubricEngine engine, String trainee, String scenarioId) {
        if (transcript.turns().stream().noneMatch(Turn::byTrainee)) {
            throw new IllegalArgumentException("no trainee turns to score");
        }
        String hash = contentHash(transcript);
        Optional<String[]> earlier = earlier(hash);
        if (earlier.isPresent()) {
            return ImportOutcome.already(transcript.id(), transcript.source(), earlier.get()[0], earlier.get()[1]);
        }
        // Scoring is the slow part and needs no database: do it before the transaction opens.
        List<SessionTurn> turns = scored(transcript, engine);
        String sessionId = "import-" + hash.substring(0, 16);
        Instant now = clock.instant();
        try {
            transaction.executeWithoutResult(status -> {
                roster.enrol(trainee, null);
                // opened in progress and closed once its turns are in: a finished session takes no turns
                JdbcSessionJournal.insertSession(jdbc, new SessionRecord(sessionId, scenarioId, trainee, CLIENT_MODE,
                        engine.rubric().id(), now, null, SessionStatus.IN_PROGRESS, engine.judgementVersion()));
                for (SessionTurn turn : turns) JdbcSessionJournal.insertTurn(jdbc, sessionId, turn, clock);
                jdbc.sql("UPDATE sessions SET ended_at = ?, status = ? WHERE id = ?")
                        .params(Columns.timestamp(now), SessionStatus.FINISHED.name(), sessionId).update();
                jdbc.sql("""
                        INSERT INTO imports (content_hash, transcript_id, source, trainee, session_id, imported_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(hash, transcript.id(), transcript.source(), trainee, sessionId,
                                Columns.timestamp(now))
                        .update();
            });
        } catch (DuplicateKeyException raced) {
            // imported by a concurrent run between the check and the transaction
            String[] theirs = earlier(hash).orElseThrow(() -> raced);
            return ImportOutcome.already(transcript.id(), transcript.source(), theirs[0], theirs[1]);
        }
        return ImportOutcome.imported(transcript.id(), transcript.source(), trainee, sessionId);
    }

    private List<SessionTurn> scored(Transcript transcript, RubricEngine engine) {
        List<ReplyContext> replies = new ArrayList<>();
        List<Turn> turns = transcript.turns();
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).byTrainee()) {
                replies.add(new ReplyContext(turns.subList(0, i), turns.get(i).text(), null));
            }
        }
        List<TurnScore> scores = engine.scoreAll(replies);
        if (scores.size() != replies.size()) {
            throw new IllegalStateException("the engine returned " + scores.size() + " scores for " + replies.size()
                    + " replies");
        }
        List<SessionTurn> saved = new ArrayList<>();
        int next = 0;
        Instant at = clock.instant();
        for (Turn turn : turns) {
            TurnScore score = turn.byTrainee() ? scores.get(next++) : null;
            saved.add(new SessionTurn(turn.index(), turn.speaker(), turn.text(), score, null, null, at));
        }
        return saved;
    }

    /** [trainee, session id] of an earlier import of the same content. */
    private Optional<String[]> earlier(String hash) {
        return jdbc.sql("SELECT trainee, session_id FROM imports WHERE content_hash = ?").param(hash)
                .query((rs, row) -> new String[] {rs.getString("trainee"), rs.getString("session_id")})
                .optional();
    }

    /** The trainee a transcript belongs to by its id: the part before the first - _ . / or space. */
    public static String traineeOf(String transcriptId) {
        return org.rapport.transcript.Transcript.traineeOf(transcriptId);
    }

    /**
     * SHA-256 over the transcript's id and its turns (speaker and text, each length-prefixed so that no
     * two different transcripts share an encoding). The file it came from does not count: the same
     * transcript moved or copied is still the same transcript.
     */
    public static String contentHash(Transcript transcript) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, transcript.id());
            for (Turn turn : transcript.turns()) {
                update(digest, turn.speaker().json());
                update(digest, turn.text());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static String message(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e || root.getMessage() == null ? text : root.getMessage();
    }
}
