package org.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.rubric.Behavior;
import org.rapport.rubric.ReplyContext;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.Fixtures;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Transcript;
import org.rapport.transcript.TranscriptBatch;
import org.rapport.transcript.TranscriptReader;
import org.rapport.transcript.Turn;

class TranscriptGraderTest {

    private static final Path GOOD = Fixtures.path("transcripts/good");
    private static final Path BROKEN = Fixtures.path("transcripts/malformed/broken.json");

    private final CueWordRubricEngine engine = new CueWordRubricEngine();

    private GradeReport gradeFixtures() {
        TranscriptBatch batch = new TranscriptReader().read(List.of(GOOD, BROKEN));
        return new TranscriptGrader(engine).grade(batch, GradingProgress.NONE);
    }

    @Test
    void everyTraineeReplyIsScoredAndEveryClientLineLeftAlone() {
        GradeReport report = gradeFixtures();

        assertThat(report.transcripts()).extracting(GradedTranscript::id).containsExactly("ravi-panic-2",
                "cohort-array.json#2", "grief-01", "sleep-02", "lena-phobia", "maya-session-1");
        GradedTranscript maya = report.transcripts().get(5);
        assertThat(maya.turns()).hasSize(7);
        assertThat(maya.turns().get(0).score()).isNull();
        assertThat(maya.turns().get(1).codes()).isEqualTo(org.rapport.rubric.BehaviorCode.of(Subtype.COMPLEX));
        assertThat(maya.turns().get(3).codes().subtype()).isEqualTo(Subtype.OPEN);
        assertThat(maya.turns().get(4).codes().behavior()).isEqualTo(Behavior.OTHER);
        assertThat(maya.turns().get(6).score().roadblocks()).containsExactly(org.rapport.rubric.Roadblock.ADVISING);
        // empathy 5, 3, 2, 1 -> 2.75 -> 2.8; active listening 5, 4, 2, 1 -> 3.0; no boundary tested
        assertThat(maya.summary().scores()).containsEntry("empathy", 2.8).containsEntry("active_listening", 3.0)
                .containsEntry("boundary_setting", null);
        assertThat(maya.summary().overall()).isEqualTo(2.9);
        assertThat(maya.summary().miti().reflectionToQuestion()).isEqualTo(1.0);
    }

    @Test
    void aBoundaryTestIsScoredOnlyOnTheReplyThatAnswersIt() {
        GradedTranscript ravi = gradeFixtures().transcripts().get(0);
        assertThat(ravi.turns().get(1).scores()).containsEntry("boundary_setting", null);
        assertThat(ravi.turns().get(3).scores()).containsEntry("boundary_setting", 4);
        assertThat(ravi.summary().scores()).containsEntry("boundary_setting", 4.0);
    }

    @Test
    void eachReplyIsJudgedWithEverythingSaidBeforeIt() {
        List<ReplyContext> seen = new ArrayList<>();
        CueWordRubricEngine recording = new CueWordRubricEngine() {
            @Override
            public List<TurnScore> scoreAll(List<ReplyContext> replies) {
                seen.addAll(replies);
                return super.scoreAll(replies);
            }
        };
        Transcript maya = new TranscriptReader().read(List.of(GOOD.resolve("maya.json"))).transcripts().get(0);
        new TranscriptGrader(recording).grade(new TranscriptBatch(List.of(maya), List.of()), GradingProgress.NONE);

        assertThat(seen).hasSize(4);
        assertThat(seen.get(0).history()).extracting(Turn::index).containsExactly(0);
        assertThat(seen.get(2).reply()).isEqualTo("Take your time.");
        assertThat(seen.get(2).history()).extracting(Turn::index).containsExactly(0, 1, 2, 3);
        assertThat(seen.get(2).clientLine()).startsWith("Yeah. I just can't switch off");
        assertThat(seen.get(3).history()).hasSize(6);
    }

    @Test
    void repliesOfSeveralTranscriptsAreScoredTogetherInBatchesWithProgress() {
        List<int[]> progress = new ArrayList<>();
        TranscriptBatch batch = new TranscriptReader().read(List.of(GOOD));
        GradeReport report = new TranscriptGrader(engine, 5).grade(batch, (done, total) -> progress.add(new int[] {done, total}));

        int total = 4 + 2 + 1 + 3 + 2 + 4;
        assertThat(report.transcripts()).hasSize(6);
        assertThat(engine.batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(engine.batchSizes).allSatisfy(n -> assertThat(n).isBetween(1, 5)).hasSizeLessThan(6);
        assertThat(progress.get(0)).containsExactly(0, total);
        assertThat(progress.get(progress.size() - 1)).containsExactly(total, total);
        for (int k = 1; k < progress.size(); k++) assertThat(progress.get(k)[0]).isGreaterThan(progress.get(k - 1)[0]);
    }

    @Test
    void aTranscriptTheEngineCannotScoreIsAnErrorAndTheOthersAreStillGraded() {
        Transcript ok = new Transcript("ok", "ok.txt", List.of(new Turn(0, Speaker.CLIENT, "I'm so tired."),
                new Turn(1, Speaker.TRAINEE, "What's keeping you up?")));
        Transcript bad = new Transcript("bad", "bad.txt", List.of(new Turn(0, Speaker.CLIENT, "Hello."),
                new Turn(1, Speaker.TRAINEE, "ENGINE-FAILS here")));
        GradeReport report = new TranscriptGrader(engine).grade(new TranscriptBatch(List.of(ok, bad, ok), List.of()),
                GradingProgress.NONE);

        assertThat(report.transcripts()).extracting(GradedTranscript::id).containsExactly("ok", "ok");
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("bad.txt");
            assertThat(e.message()).isEqualTo("transcript 'bad' could not be scored: model crashed on this reply");
        });
    }

    @Test
    void theJsonHasExactlyTheFieldsOfTheGradeOutputContract() throws Exception {
        StringWriter out = new StringWriter();
        GradeJson.write(gradeFixtures(), out);
        JsonNode root = new ObjectMapper().readTree(out.toString());

        assertThat(fields(root)).containsExactly("rubric", "transcripts", "errors");
        assertThat(fields(root.get("rubric"))).containsExactly("id", "version");
        assertThat(root.get("rubric").get("version").asText()).isEqualTo("1");
        JsonNode maya = root.get("transcripts").get(5);
        assertThat(fields(maya)).containsExactly("id", "source", "turns", "summary", "risk_flagged_turns");
        assertThat(maya.get("source").asText()).endsWith("maya.json");
        JsonNode client = maya.get("turns").get(0);
        // every client turn says whether the line shows an alliance rupture (null when it does not)
        assertThat(fields(client)).containsExactly("index", "speaker", "text", "rupture");
        assertThat(client.get("speaker").asText()).isEqualTo("client");
        JsonNode reply = maya.get("turns").get(1);
        assertThat(fields(reply)).containsExactly("index", "speaker", "text", "codes", "empathy", "scores", "risk", "evidence",
                "feedback", "suggestion");
        assertThat(reply.get("risk").isNull()).isTrue();
        assertThat(reply.get("suggestion").isNull()).as("an engine that suggests nothing writes null").isTrue();
        assertThat(reply.get("index").asInt()).isEqualTo(1);
        assertThat(reply.get("speaker").asText()).isEqualTo("trainee");
        assertThat(reply.get("codes").toString()).isEqualTo("{\"behavior\":\"reflection\",\"subtype\":\"complex\"}");
        assertThat(reply.get("empathy").toString())
                .isEqualTo("{\"emotional_reactions\":0,\"interpretations\":2,\"explorations\":0}");
        assertThat(reply.get("scores").toString())
                .isEqualTo("{\"empathy\":5,\"active_listening\":5,\"boundary_setting\":null}");
        assertThat(reply.get("evidence").isArray()).isTrue();
        assertThat(reply.get("feedback").get(0).asText()).startsWith("A complex reflection");
        assertThat(maya.get("turns").get(4).get("codes").toString()).isEqualTo("{\"behavior\":\"other\",\"subtype\":null}");
        JsonNode summary = maya.get("summary");
        assertThat(fields(summary)).containsExactly("scores", "miti", "overall");
        assertThat(summary.get("scores").toString())
                .isEqualTo("{\"empathy\":2.8,\"active_listening\":3.0,\"boundary_setting\":null}");
        assertThat(fields(summary.get("miti"))).containsExactly("reflection_to_question", "percent_complex_reflections",
                "percent_open_questions");
        assertThat(summary.get("overall").asDouble()).isEqualTo(2.9);
        JsonNode error = root.get("errors").get(0);
        assertThat(fields(error)).containsExactly("source", "line", "field", "message");
        assertThat(error.get("field").isNull()).isTrue(); // broken JSON syntax is in no one field
        assertThat(error.get("source").asText()).endsWith("broken.json");
        assertThat(error.get("line").asInt()).isEqualTo(6);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
