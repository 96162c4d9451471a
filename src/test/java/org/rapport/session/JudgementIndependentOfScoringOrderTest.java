package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.client.ScriptedClient;
import org.rapport.report.GradeJson;
import org.rapport.report.GradeReport;
import org.rapport.report.TranscriptGrader;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.Rubric;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricLibrary;
import org.rapport.rubric.RuptureKind;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.ScenarioLibrary;
import org.rapport.scenario.ScenarioLoader;
import org.rapport.transcript.TranscriptReader;

/**
 * A reply's grade depends on the reply and its conversation only: not on what the engine scored before,
 * nor on whether it was scored by itself (live feedback) or among others (grading). The engine keeps
 * bounded caches of sentence vectors and text features to be fast; none of them may change a grade.
 * Played over every shipped scenario's good and poor reply files and the transcript fixtures.
 *
 * <p>With {@code -Drapport.grades-out=FILE} the grades are also written to FILE, so that two builds of the
 * engine can be compared grade for grade; {@code -Drapport.grades-corpus=CSV} adds an AnnoMI-style corpus's replies.
 */
class JudgementIndependentOfScoringOrderTest {

    static final ScenarioLibrary SCENARIOS = new ScenarioLibrary(Path.of("scenarios"), new ScenarioLoader());
    static final RubricEngine ENGINE = RubricLibrary.load(Path.of("rubrics")).engine("core");
    static final Path REPLIES = Path.of("src/test/resources/replies");
    static final List<Path> TRANSCRIPTS = List.of(Path.of("src/test/resources/transcripts/good"));

    /** Every reply of the played sessions, as the session asked the engine to score it, in order. */
    static final List<ReplyContext> PLAYED = new ArrayList<>();
    /** The scores the sessions got, one reply at a time, in the order they were played. */
    static final List<TurnScore> LIVE = new ArrayList<>();
    /** The scores of the trainee's replies by reply file ({@code gad-hector-good}). */
    static final java.util.Map<String, List<TurnScore>> BY_FILE = new java.util.HashMap<>();

    @BeforeAll
    static void playEveryScenarioWithItsReplyFiles() throws Exception {
        RubricEngine recording = new RubricEngine() {
            @Override
            public Rubric rubric() {
                return ENGINE.rubric();
            }

            @Override
            public TurnScore score(ReplyContext reply) {
                TurnScore s = ENGINE.score(reply);
                PLAYED.add(reply);
                LIVE.add(s);
                return s;
            }

            @Override
            public List<RuptureKind> rupturesIn(List<org.rapport.rubric.ClientLine> clientLines) {
                return ENGINE.rupturesIn(clientLines);
            }
        };
        PracticeSessions sessions = new PracticeSessions(SCENARIOS::get, (scenario, mode) -> new ScriptedClient(scenario),
                id -> recording, new InMemorySessionJournal(), new TestClock(Instant.parse("2026-11-27T18:32:00Z")),
                new SplittableRandom(11));
        for (var scenario : SCENARIOS.all()) {
            if (!scenario.mode().equals("scripted")) continue;
            for (String kind : List.of("good", "poor")) {
                Path file = REPLIES.resolve(scenario.id() + "-" + kind + ".txt");
                if (!Files.exists(file)) continue;
                List<TurnScore> scores = new ArrayList<>();
                sessions.play(scenario.id(), "alex", RepliesFile.read(file), (r, t) -> scores.add(t.score()));
                BY_FILE.put(scenario.id() + "-" + kind, scores);
            }
        }
        String out = System.getProperty("rapport.grades-out");
        if (out != null && !out.isBlank()) {
            StringWriter w = new StringWriter();
            w.write(GradeJson.toJson(LIVE));
            w.write(System.lineSeparator());
            GradeJson.write(graded(), w);
            // A corpus outside the project (AnnoMI-style CSV) widens the comparison: alone, then in batches.
            String corpus = System.getProperty("rapport.grades-corpus");
            if (corpus != null && !corpus.isBlank()) {
                List<ReplyContext> replies = org.rapport.rubric.ScoringBenchmark.replies(Path.of(corpus), 400);
                for (ReplyContext r : replies.subList(0, 100)) w.write(GradeJson.toJson(ENGINE.score(r)) + System.lineSeparator());
                for (int i = 0; i < replies.size(); i += 64) {
                    w.write(GradeJson.toJson(ENGINE.scoreAll(replies.subList(i, Math.min(replies.size(), i + 64)))) + System.lineSeparator());
                }
            }
            Files.writeString(Path.of(out), w.toString());
        }
    }

    static GradeReport graded() {
        return new TranscriptGrader(ENGINE).grade(new TranscriptReader().read(TRANSCRIPTS), (done, total) -> { });
    }

    @Test
    void theSessionsPlayedEveryScenariosReplies() {
        assertThat(PLAYED).hasSizeGreaterThan(100);
    }

    @Test
    void aReplyScoredAgainGetsTheSameGrade() {
        List<String> again = new ArrayList<>();
        for (ReplyContext r : PLAYED) again.add(GradeJson.toJson(ENGINE.score(r)));
        assertThat(again).containsExactlyElementsOf(json(LIVE));
    }

    @Test
    void repliesScoredTogetherInAnyOrderGetTheGradesTheyGotOneAtATime() {
        List<ReplyContext> reversed = new ArrayList<>(PLAYED);
        Collections.reverse(reversed);
        List<TurnScore> together = new ArrayList<>();
        for (int i = 0; i < reversed.size(); i += 64) together.addAll(ENGINE.scoreAll(reversed.subList(i, Math.min(reversed.size(), i + 64))));
        Collections.reverse(together);
        assertThat(json(together)).containsExactlyElementsOf(json(LIVE));
    }

    /**
     * At a terminal the engine reads each client line and scores the likeliest suggestions while the trainee
     * types; the grades, feedback and suggestions are those of a session that does not. Played over a
     * boundary scenario, a risk scenario and an everyday one, good and poor replies.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"boundaries-leilani-good", "boundaries-leilani-poor",
            "selfharm-zainab-good", "selfharm-zainab-poor", "gad-hector-good", "gad-hector-poor"})
    void aSessionThatReadsEachClientLineAheadGetsTheSameGrades(String file) throws Exception {
        String scenario = file.substring(0, file.lastIndexOf('-'));
        PracticeSessions sessions = new PracticeSessions(SCENARIOS::get, (s, mode) -> new ScriptedClient(s),
                id -> ENGINE, new InMemorySessionJournal(), new TestClock(Instant.parse("2026-11-27T18:32:00Z")),
                new SplittableRandom(11));
        PracticeSession session = sessions.start(scenario, "alex", null).readingAhead();
        List<TurnScore> ahead = new ArrayList<>();
        for (String reply : RepliesFile.read(REPLIES.resolve(file + ".txt"))) {
            if (session.ended()) break;
            ahead.add(session.reply(reply, t -> { }).score());
        }
        assertThat(json(ahead)).containsExactlyElementsOf(json(BY_FILE.get(file)));
    }

    @Test
    void aTranscriptGradedAgainGetsTheSameGradeJson() {
        assertThat(GradeJson.toJson(graded())).isEqualTo(GradeJson.toJson(graded()));
    }

    private static List<String> json(List<TurnScore> scores) {
        return scores.stream().map(GradeJson::toJson).toList();
    }
}
