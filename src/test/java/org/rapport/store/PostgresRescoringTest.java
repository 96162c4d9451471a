package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.client.ScriptedClient;
import org.rapport.rubric.RubricEngines;
import org.rapport.rubric.RubricLibrary;
import org.rapport.scenario.Scenario;
import org.rapport.scenario.ScenarioLibrary;
import org.rapport.scenario.ScenarioLoader;
import org.rapport.session.PracticeSession;
import org.rapport.session.RepliesFile;
import org.rapport.session.ScenarioLookup;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The re-scoring a supervisor's process does, as the program wires it, with the real engine: a session
 * a trainee practised honestly (beats, boundary tests and all) is re-scored to exactly the scores it
 * was given live, so it counts as graded: with the risks its beats or its persona declare.
 */
class PostgresRescoringTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-08T12:00:00Z"), ZoneOffset.UTC);
    static final String TRAINEE = "rs_maia", SUPERVISOR = "rs_dr_okafor", PASSWORD = "what-else-is-there";
    static final ScenarioLibrary SCENARIOS = new ScenarioLibrary(Path.of("scenarios"), new ScenarioLoader());
    static final RubricLibrary RUBRICS = RubricLibrary.load(Path.of("rubrics"));

    static MigratingDataSource owner, trainee, supervisor;

    @BeforeAll
    static void connect() {
        if (!TestPostgres.configured()) return;
        owner = TestPostgres.ownerDataSource();
        DatabaseLogins logins = new DatabaseLogins(owner, new StoreSettings(TestPostgres.URL, null, null, null, true));
        JdbcClient jdbc = JdbcClient.create(owner);
        jdbc.sql("SELECT 1").query(Integer.class).single();
        StoreContractTest.emptyEveryTable(jdbc);
        logins.grant(DatabaseLogins.Kind.SUPERVISOR, SUPERVISOR, null, PASSWORD, true);
        logins.grant(DatabaseLogins.Kind.TRAINEE, TRAINEE, SUPERVISOR, PASSWORD, true);
        trainee = TestPostgres.login(TRAINEE, PASSWORD);
        supervisor = TestPostgres.login(SUPERVISOR, PASSWORD);
    }

    /** Without a PostgreSQL server every case is skipped, before any journal is opened on a missing login. */
    @org.junit.jupiter.api.BeforeEach
    void needsTheServer() {
        TestPostgres.assumeConfigured();
    }

    @AfterAll
    static void disconnect() throws Exception {
        for (MigratingDataSource ds : new MigratingDataSource[] {trainee, supervisor, owner}) {
            if (ds != null) ds.close();
        }
    }

    /** The store's own wiring: no engines bean, the rubric library found when first needed. */
    static Rescoring wired() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("rubricLibrary", RUBRICS,
                "scenarioLookup", (ScenarioLookup) SCENARIOS::get));
        return new StoreConfiguration().rescoring(new StoreSettings(TestPostgres.URL, null, null, null, true),
                beans.getBeanProvider(RubricEngines.class), beans.getBeanProvider(RubricLibrary.class),
                beans.getBeanProvider(ScenarioLookup.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"boundaries-leilani-good", "boundaries-leilani-poor", "trauma-grace-good", "gad-hector-poor",
            "depression-earl-good", "selfharm-zainab-poor"})
    void anHonestSessionIsReScoredToTheScoresItWasGiven(String replies) throws Exception {
        PracticeSession session = practise(replies, replies);

        ScoredSession read = read(replies);

        assertThat(read.check()).as(read.check().problems().toString()).isEqualTo(ScoreCheck.CONFIRMED);
        assertThat(read.replies()).isEqualTo(session.replies().size()).isPositive();
        assertThat(read.reviewed().overall()).isNotNull();
        assertThat(read.record().rubricVersion()).isEqualTo(RUBRICS.engine("core").judgementVersion());
        assertThat(read.rating()).as("the client's ratings, recomputed from the stored turns, agree")
                .isEqualTo(org.rapport.alliance.StoredRating.of(session.alliance()));
    }

    // ---- grades confirmed before an upgrade

    @Test
    void aSupervisorsReadConfirmsAFinishedHonestSessionAndItsGradeOutlivesAnUpgrade() throws Exception {
        practise("confirmed-before", "trauma-grace-good");
        ScoredSession first = read("confirmed-before");
        // practised after every view was read, so no reader has confirmed it yet
        practise("unread-before", "trauma-grace-good");

        assertThat(first.check()).isEqualTo(ScoreCheck.CONFIRMED);
        assertThat(JdbcClient.create(owner).sql("SELECT judgement, confirmed_by FROM confirmed_grades WHERE session_id = 'confirmed-before'")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single())
                .isEqualTo(RUBRICS.engine("core").judgementVersion() + " " + SUPERVISOR);

        // the program is upgraded: its heads were retrained, so its judgement is another one
        java.util.List<ScoredSession> after = new SessionResults(supervisor, upgraded()).of(TRAINEE).sessions();
        ScoredSession confirmed = after.stream().filter(x -> x.record().id().equals("confirmed-before")).findFirst().orElseThrow();
        ScoredSession unread = after.stream().filter(x -> x.record().id().equals("unread-before")).findFirst().orElseThrow();

        assertThat(confirmed.graded()).as("confirmed under the judgement it was scored with").isTrue();
        assertThat(confirmed.reviewed().overall()).isEqualTo(first.reviewed().overall());
        assertThat(unread.graded()).as("never confirmed, and the old judgement is gone").isFalse();
        assertThat(unread.check().summary()).contains("no longer available", "this program has version 1+000000000000");
    }

    @Test
    void aTraineeCannotConfirmTheirOwnGradeAndTheirOwnReadsConfirmNothing() throws Exception {
        practise("own-read", "gad-hector-poor");

        new SessionResults(trainee, wired()).of(TRAINEE);

        assertThat(JdbcClient.create(owner).sql("SELECT count(*) FROM confirmed_grades WHERE session_id = 'own-read'")
                .query(Integer.class).single()).isZero();
        assertThat(refusal(trainee, "INSERT INTO confirmed_grades VALUES ('own-read', '"
                + RUBRICS.engine("core").judgementVersion() + "', 'rs_dr_okafor', now())")).contains("permission denied");
    }

    @Test
    void aConfirmationNamesTheLoginAndOnlyTheJudgementOfAFinishedSession() throws Exception {
        practise("named", "gad-hector-poor");
        String judgement = RUBRICS.engine("core").judgementVersion();
        JdbcClient.create(trainee).sql("INSERT INTO sessions (id, trainee, scenario_id, client_mode, rubric_id, rubric_version,"
                + " started_at, status) VALUES ('still-open', ?, 'gad-hector', 'scripted', 'core', ?, now(), 'IN_PROGRESS')")
                .params(TRAINEE, judgement).update();

        assertThat(refusal(supervisor, "INSERT INTO confirmed_grades VALUES ('named', '1+ffffffffffff', '" + SUPERVISOR + "', now())"))
                .contains("was scored under judgement " + judgement);
        assertThat(refusal(supervisor, "INSERT INTO confirmed_grades VALUES ('still-open', '" + judgement + "', '"
                + SUPERVISOR + "', now())")).contains("is not finished");
        JdbcClient.create(supervisor).sql("INSERT INTO confirmed_grades VALUES ('named', ?, 'dr_kim', '2020-01-01T00:00:00Z')")
                .param(judgement).update();
        assertThat(JdbcClient.create(owner).sql("SELECT confirmed_by FROM confirmed_grades WHERE session_id = 'named'")
                .query(String.class).single()).as("the login, never the name a client sends").isEqualTo(SUPERVISOR);
    }

    private static String refusal(MigratingDataSource login, String sql) {
        try {
            JdbcClient.create(login).sql(sql).update();
            return "accepted";
        } catch (org.springframework.dao.DataAccessException e) {
            return String.valueOf(e.getMostSpecificCause().getMessage());
        }
    }

    /** The program after an upgrade: the same rubric, scored by another judgement (retrained heads). */
    static Rescoring upgraded() {
        RubricEngines engines = id -> {
            org.rapport.rubric.RubricEngine now = RUBRICS.engine(id == null ? "core" : id);
            return new org.rapport.rubric.RubricEngine() {
                public org.rapport.rubric.Rubric rubric() { return now.rubric(); }
                public String judgementVersion() { return now.rubric().version() + "+000000000000"; }
                public org.rapport.rubric.TurnScore score(org.rapport.rubric.ReplyContext reply) { return now.score(reply); }
            };
        };
        return new Rescoring(() -> engines, SCENARIOS::get);
    }

    // ---- the client's ratings

    @Test
    void ratingsATraineesOwnProcessWroteAreRecomputedAndADisagreementIsFlaggedNotShown() throws Exception {
        // the trainee's process, changed to give every session the client's top marks
        JdbcSessionJournal flattering = new JdbcSessionJournal(trainee, CLOCK) {
            @Override
            public void rate(String sessionId, org.rapport.alliance.StoredRating honest) {
                super.rate(sessionId, new org.rapport.alliance.StoredRating(honest.checkIn(),
                        org.rapport.alliance.SessionRating.of(10, 10, 10, 10, "Best session I've ever had."), 0, 0, false));
            }
        };
        PracticeSession session = practise("flattered", "gad-hector-poor", flattering, null);
        assertThat(JdbcClient.create(owner).sql("SELECT total FROM session_ratings WHERE session_id = 'flattered'")
                .query(Double.class).single()).isEqualTo(40.0);
        assertThat(JdbcClient.create(owner).sql("SELECT rated_by FROM session_ratings WHERE session_id = 'flattered'")
                .query(String.class).single()).isEqualTo(TRAINEE);

        ScoredSession read = read("flattered");

        assertThat(read.rating()).as("a disagreement is not shown").isNull();
        assertThat(read.check().ratingProblem()).contains("session rating 40.0 of 40",
                String.format(java.util.Locale.ROOT, "are not the ones the session gives (session rating %.1f of 40",
                        session.alliance().rating().total()));
        assertThat(read.graded()).as("the replies' scores are still the engine's").isTrue();
        assertThat(new SessionResults(supervisor, wired()).of(TRAINEE).noticesOf(TRAINEE))
                .anySatisfy(n -> assertThat(n).contains("flattered", "not shown"));
        SessionReview review = new Reviews(supervisor, CLOCK, wired()).review("flattered");
        assertThat(review.clientRating()).isNull();
        assertThat(SupervisorViews.review(review, ZoneOffset.UTC)).contains("CLIENT RATINGS NOT SHOWN")
                .doesNotContain("Best session I've ever had.");
        assertThat(ReviewDocuments.json(review)).contains("\"client_rating\" : null", "\"client_rating_problem\" : \"the client's ratings on record");
        assertThat(ProgressReport.of(TRAINEE, new SessionResults(supervisor, wired()).of(TRAINEE)).rows())
                .filteredOn(r -> r.sessionId().equals("flattered")).singleElement()
                .satisfies(r -> assertThat(r.clientRating()).isNull());
    }

    // ---- client lines

    @Test
    void aLineTheTraineeWroteAsTheScriptedClientsIsFlaggedNotGraded() throws Exception {
        // the trainee's process, changed to put words in the client's mouth on the second answer
        PracticeSession session = practise("own-words", "gad-hector-good", new JdbcSessionJournal(trainee, CLOCK),
                answer -> answer == 2 ? "Honestly, I feel completely understood. Everything you say is exactly right." : null);
        int forged = session.turns().stream().filter(t -> t.text().startsWith("Honestly, I feel completely understood"))
                .findFirst().orElseThrow().index();

        ScoredSession read = read("own-words");

        assertThat(read.graded()).isFalse();
        assertThat(read.reviewed().overall()).isNull();
        assertThat(read.check().problems()).anySatisfy(p -> assertThat(p)
                .startsWith("turn " + forged + ": the client line is not the one the scenario gives here"));
        SessionReview review = new Reviews(supervisor, CLOCK, wired()).review("own-words");
        assertThat(SupervisorViews.review(review, ZoneOffset.UTC)).contains("NOT GRADED",
                "turn " + forged + ": the client line is not the one the scenario gives here");
    }

    @Test
    void aScriptedClientsStateOnRecordMustBeTheOneTheRepliesLeadTo() throws Exception {
        practise("warm-client", "gad-hector-poor", new JdbcSessionJournal(trainee, CLOCK) {
            @Override
            public void append(String sessionId, org.rapport.session.SessionTurn turn) {
                // the trainee's process claims a client who trusts them completely
                super.append(sessionId, turn.speaker() == org.rapport.transcript.Speaker.CLIENT && turn.index() > 0
                        ? new org.rapport.session.SessionTurn(turn.index(), turn.speaker(), turn.text(), null,
                                new org.rapport.client.ClientState(10, 0, 10), turn.beatId(), turn.at(), turn.origin())
                        : turn);
            }
        }, null);

        ScoredSession read = read("warm-client");

        assertThat(read.graded()).isFalse();
        assertThat(read.check().problems()).anySatisfy(p -> assertThat(p)
                .contains("the client's state on record (trust 10, distress 0, disclosure 10) is not the one the replies lead to"));
    }

    @Test
    void aReplyScoredWithoutTheBoundaryTestItAnsweredIsFlagged() throws Exception {
        practise("no-boundary", "boundaries-leilani-poor", new JdbcSessionJournal(trainee, CLOCK) {
            @Override
            public void append(String sessionId, org.rapport.session.SessionTurn turn) {
                org.rapport.rubric.TurnScore s = turn.score();
                // the trainee's process writes its judgements as if no boundary had been tested
                super.append(sessionId, s == null || s.boundary() == null ? turn : new org.rapport.session.SessionTurn(
                        turn.index(), turn.speaker(), turn.text(), new org.rapport.rubric.TurnScore(s.codes(), s.empathy(),
                                s.scores(), s.evidence(), s.feedback(), s.roadblocks(), null, s.confidence(), s.risk(),
                                s.riskEnquiry()), null, null, turn.at()));
            }
        }, null);

        ScoredSession read = read("no-boundary");

        assertThat(read.graded()).isFalse();
        // Re-scored without the scenario's boundary, the engine reads the line on its own (whatever it then
        // sees), and the check names the scenario's boundary that the stored judgement left out.
        assertThat(read.check().problems()).anySatisfy(p -> assertThat(p)
                .containsPattern("scored as if the client's line tested (?!dual-relationship)[a-z -]+, but the scenario's line tests dual-relationship"));
    }

    @Test
    void aReplyScoredWithoutTheRiskItsBeatDeclaresIsFlagged() throws Exception {
        practise("no-risk", "selfharm-zainab-poor", withoutRisk());

        ScoredSession read = read("no-risk");

        assertThat(read.graded()).isFalse();
        assertThat(read.check().problems()).anySatisfy(p -> assertThat(p)
                .contains("scored as if the client's line carried no risk, but the scenario declares self-harm in it"));
    }

    /** A trainee's process that writes its judgements as if no client line had carried a risk. */
    static JdbcSessionJournal withoutRisk() {
        return new JdbcSessionJournal(trainee, CLOCK) {
            @Override
            public void append(String sessionId, org.rapport.session.SessionTurn turn) {
                org.rapport.rubric.TurnScore s = turn.score();
                if (s == null || s.risk() == null) {
                    super.append(sessionId, turn);
                    return;
                }
                Map<String, Integer> scores = new java.util.LinkedHashMap<>(s.scores());
                scores.put(org.rapport.rubric.TurnScore.RISK_AND_SAFETY, null);
                super.append(sessionId, new org.rapport.session.SessionTurn(turn.index(), turn.speaker(), turn.text(),
                        new org.rapport.rubric.TurnScore(s.codes(), s.empathy(), scores, s.evidence(), s.feedback(), s.roadblocks(),
                                s.boundary(), s.confidence(), null, s.riskEnquiry()), null, null, turn.at()));
            }
        };
    }

    // ---- sessions with a language-model client

    static final List<String> GRAHAM_REPLIES = List.of(
            "You're not sure talking can help, and losing forty cattle has hit you hard.",
            "Twenty years of breeding, gone in an afternoon. That's a real loss.",
            "Staying away from the mart sounds lonely as well as tiring.",
            "You're carrying the farm and the family on your own right now.",
            "That's a generous offer, Graham. I can't take trades or favours, because it would muddle what this"
                    + " space is for you, but I'm glad you'd want to square things.");

    /** An LLM session of Graham against a fake model server on loopback; {@code forge} may replace a line. */
    static PracticeSession practiseWithModel(String id, java.util.function.UnaryOperator<org.rapport.client.ClientTurn> forge)
            throws Exception {
        return practiseWithModel(id, forge, GRAHAM_REPLIES, journal());
    }

    static PracticeSession practiseWithModel(String id, java.util.function.UnaryOperator<org.rapport.client.ClientTurn> forge,
            List<String> replies, JdbcSessionJournal journal) throws Exception {
        TestPostgres.assumeConfigured();
        Scenario graham = SCENARIOS.get("llm-depression-graham");
        try (org.rapport.llm.FakeModelServer server = new org.rapport.llm.FakeModelServer()) {
            server.then(org.rapport.llm.FakeModelServer.answer("Aye. Something like that."), org.rapport.llm.FakeModelServer.fail(503),
                    org.rapport.llm.FakeModelServer.fail(503));
            server.otherwise(org.rapport.llm.FakeModelServer.answer("Maybe. I don't know."));
            org.rapport.llm.LlmSettings settings = new org.rapport.llm.LlmSettings(org.rapport.llm.LlmProvider.OPENAI,
                    server.url() + "/v1", "fake-model", null, java.time.Duration.ofSeconds(5), 1, java.time.Duration.ofMillis(5), 0.7, 120);
            org.rapport.client.LlmClient model = org.rapport.client.LlmClient.of(graham, org.rapport.llm.LlmConnection.open(settings));
            org.rapport.client.ClientSimulator client = forge == null ? model : new org.rapport.client.ClientSimulator() {
                public org.rapport.client.ClientTurn opening() { return model.opening(); }
                public org.rapport.client.ClientTurn respond(String reply, org.rapport.rubric.TurnScore score,
                        java.util.function.Consumer<String> partial) { return forge.apply(model.respond(reply, score, partial)); }
                public void resume(List<org.rapport.client.Exchange> past) { model.resume(past); }
                public org.rapport.client.ClientState state() { return model.state(); }
                public boolean finished() { return model.finished(); }
            };
            PracticeSession session = PracticeSession.start(id, graham, client, RUBRICS.engine("core"),
                    journal, TRAINEE, "llm", CLOCK);
            for (String reply : replies) session.reply(reply, t -> { });
            session.end();
            return session;
        }
    }

    /**
     * Graham is asked straight about suicide. The model server is down for that turn, so a fallback line
     * answers it: the answer to a well-asked question carries the persona's risk whoever's words it is in.
     */
    static final List<String> GRAHAM_ASKED = List.of(
            "You're not sure talking can help, and losing forty cattle has hit you hard.",
            "Graham, with all you're carrying, I want to ask you straight: are you having any thoughts of ending your life?",
            "Thank you for telling me; I know that wasn't easy. Where is the shotgun now, and what has stopped you so far?");

    @Test
    void theModelsAnswerToADirectQuestionCarriesThePersonasRiskWhenReScored() throws Exception {
        PracticeSession session = practiseWithModel("graham-asked", null, GRAHAM_ASKED, journal());

        org.rapport.rubric.TurnScore answer = session.scores().get(2);
        assertThat(answer.risk()).isEqualTo(org.rapport.rubric.RiskKind.SUICIDE);
        assertThat(answer.evidence()).contains("client discloses a risk (declared by the scenario): suicide");
        ScoredSession read = read("graham-asked");
        assertThat(read.check().problems()).isEmpty();
        assertThat(read.graded()).isTrue();

        practiseWithModel("graham-asked-forged", null, GRAHAM_ASKED, withoutRisk());
        assertThat(read("graham-asked-forged").check().problems()).anySatisfy(p -> assertThat(p)
                .contains("scored as if the client's line carried no risk, but the scenario declares suicide in it"));
    }

    static JdbcSessionJournal journal() {
        return new JdbcSessionJournal(trainee, CLOCK);
    }

    @Test
    void anLlmSessionIsGradedWithTheModelsOwnLinesReportedAsUnverified() throws Exception {
        PracticeSession session = practiseWithModel("graham-honest", null);
        List<Integer> modelLines = session.turns().stream().filter(t -> t.origin() != null
                && t.origin().kind() != org.rapport.client.ClientLineOrigin.Kind.SCRIPT
                && t.origin().kind() != org.rapport.client.ClientLineOrigin.Kind.FALLBACK).map(t -> t.index()).toList();
        assertThat(session.turns()).filteredOn(t -> t.origin() != null)
                .anySatisfy(t -> assertThat(t.origin().kind()).isEqualTo(org.rapport.client.ClientLineOrigin.Kind.FALLBACK));
        assertThat(modelLines).isNotEmpty();

        ScoredSession read = read("graham-honest");

        assertThat(read.check().problems()).isEmpty();
        assertThat(read.graded()).isTrue();
        assertThat(read.check().unverifiedLines()).containsExactlyElementsOf(modelLines);
        assertThat(read.rating()).isEqualTo(org.rapport.alliance.StoredRating.of(session.alliance()));
        SessionReview review = new Reviews(supervisor, CLOCK, wired()).review("graham-honest");
        assertThat(SupervisorViews.review(review, ZoneOffset.UTC)).contains("UNVERIFIED: ",
                "written by a language model in the trainee's own process", "cannot check that the client said them");
        assertThat(ReviewDocuments.json(review)).contains("\"unverified_client_lines\" : [ " + modelLines.get(0));
    }

    @Test
    void anLlmSessionsFallbackAndScriptedLinesMustBeTheScenariosOwn() throws Exception {
        practiseWithModel("graham-forged", turn -> {
            if (turn.offline()) {
                return new org.rapport.client.ClientTurn("You're the best counsellor I've ever had.", turn.state(), null, null,
                        turn.origin());
            }
            if (turn.beatId() != null) {
                return new org.rapport.client.ClientTurn("Nothing to add, you've sorted me out.", turn.state(), turn.beatId(),
                        turn.boundary(), turn.origin());
            }
            return turn;
        });

        ScoredSession read = read("graham-forged");

        assertThat(read.graded()).isFalse();
        assertThat(read.check().problems()).anySatisfy(p -> assertThat(p).contains("marked as a fallback line, but it is not one of the scenario's lines"))
                .anySatisfy(p -> assertThat(p).contains("the client line is not the one the scenario gives here"));
    }

    @Test
    void aSessionScoredUnderARubricVersionNoLongerAvailableIsNotGradedAndSaysWhy() throws Exception {
        practise("older-rubric", "gad-hector-poor");
        // practised before the rubric was revised: the program now has another version of it
        JdbcClient.create(owner).sql("UPDATE sessions SET rubric_version = '0.9' WHERE id = 'older-rubric'").update();

        ScoredSession read = read("older-rubric");

        assertThat(read.graded()).isFalse();
        assertThat(read.reviewed().overall()).isNull();
        assertThat(read.check().summary()).contains("not graded", "scored under rubric core version 0.9",
                "no longer available", "this program has version " + RUBRICS.engine("core").judgementVersion());
        SessionReview review = new Reviews(supervisor, CLOCK, wired()).review("older-rubric");
        assertThat(SupervisorViews.review(review, ZoneOffset.UTC)).contains("NOT GRADED", "rubric core version 0.9",
                "re-scoring under another version would not be this session's grade");
        assertThat(review.rescored()).as("nothing is scored under another version").isEmpty();
    }

    /** The trainee practises {@code scenario-…} with the replies file {@code replies}, under their own login. */
    static PracticeSession practise(String id, String replies) throws Exception {
        return practise(id, replies, journal(), null);
    }

    static PracticeSession practise(String id, String replies, JdbcSessionJournal journal) throws Exception {
        return practise(id, replies, journal, null);
    }

    /**
     * As {@link #practise(String, String)}, writing through {@code journal}; {@code ownWords}, given the
     * number of the client's answer (1 for the answer to the first reply), gives the line the trainee's
     * process writes in its place, or null for the script's.
     */
    static PracticeSession practise(String id, String replies, JdbcSessionJournal journal,
            java.util.function.IntFunction<String> ownWords) throws Exception {
        TestPostgres.assumeConfigured();
        String scenarioId = replies.substring(0, replies.lastIndexOf('-'));
        Scenario scenario = SCENARIOS.get(scenarioId);
        ScriptedClient script = new ScriptedClient(scenario);
        org.rapport.client.ClientSimulator client = ownWords == null ? script : new org.rapport.client.ClientSimulator() {
            int answers;
            public org.rapport.client.ClientTurn opening() { return script.opening(); }
            public org.rapport.client.ClientTurn respond(String reply, org.rapport.rubric.TurnScore score,
                    java.util.function.Consumer<String> partial) {
                org.rapport.client.ClientTurn turn = script.respond(reply, score, partial);
                String own = ownWords.apply(++answers);
                return own == null ? turn : new org.rapport.client.ClientTurn(own, turn.state(), turn.beatId(), turn.boundary(),
                        turn.origin());
            }
            public void resume(List<org.rapport.client.Exchange> past) { script.resume(past); }
            public org.rapport.client.ClientState state() { return script.state(); }
            public boolean finished() { return script.finished(); }
        };
        PracticeSession session = PracticeSession.start(id, scenario, client,
                RUBRICS.engine("core"), journal, TRAINEE, "scripted", CLOCK);
        for (String reply : RepliesFile.read(Path.of("src/test/resources/replies", replies + ".txt"))) {
            if (!session.ended()) session.reply(reply, t -> { });
        }
        session.end();
        return session;
    }

    /** The session as the supervisor's process reads it. */
    static ScoredSession read(String id) {
        return new SessionResults(supervisor, wired()).of(TRAINEE).sessions().stream()
                .filter(s -> s.record().id().equals(id)).findFirst().orElseThrow();
    }
}
