package org.rapport.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rapport.client.ScriptedClient;

class SessionGradeJsonTest {

    PracticeSession played() {
        PracticeSession session = PracticeSession.start("20261127-1832-ab12", TestScenarios.maya(),
                new ScriptedClient(TestScenarios.maya()), new FakeRubricEngine(), new InMemorySessionJournal(), "alex",
                "scripted", new TestClock(Instant.parse("2026-11-27T18:32:00Z")));
        PracticeSessionTest.EMPATHIC.forEach(r -> session.reply(r, t -> { }));
        return session;
    }

    @Test
    void aPlayedSessionIsOneTranscriptOfTheGradeOutputWithTheFinalClientState() throws Exception {
        JsonNode root = new ObjectMapper().readTree(SessionGradeJson.of(played()));

        assertThat(root.path("rubric").path("id").asText()).isEqualTo("core");
        assertThat(root.path("rubric").path("version").asText()).isEqualTo("1");
        assertThat(root.path("errors").isArray()).isTrue();
        assertThat(root.path("errors")).isEmpty();
        JsonNode t = root.path("transcripts").get(0);
        assertThat(t.path("id").asText()).isEqualTo("20261127-1832-ab12");
        assertThat(t.path("turns")).hasSize(7);

        JsonNode client = t.path("turns").get(0);
        assertThat(client.path("index").asInt()).isZero();
        assertThat(client.path("speaker").asText()).isEqualTo("client");
        assertThat(client.has("scores")).isFalse();
        assertThat(client.has("rupture")).as("client turns always carry rupture").isTrue();
        assertThat(client.path("rupture").isNull()).as("the fake engine reads no ruptures").isTrue();

        JsonNode reply = t.path("turns").get(1);
        assertThat(reply.path("speaker").asText()).isEqualTo("trainee");
        assertThat(reply.has("rupture")).as("trainee turns carry no rupture").isFalse();
        JsonNode rated = t.path("summary");
        for (String item : new String[] {"relationship", "goals", "approach", "overall", "total", "flagged", "comment"}) {
            assertThat(rated.path("session_rating").has(item)).as("session_rating.%s", item).isTrue();
        }
        assertThat(rated.path("session_rating").path("total").asDouble()).isBetween(0.0, 40.0);
        for (String item : new String[] {"individually", "interpersonally", "socially", "overall", "total"}) {
            assertThat(rated.path("outcome_rating").has(item)).as("outcome_rating.%s", item).isTrue();
        }
        assertThat(rated.path("ruptures").isArray()).isTrue();
        assertThat(rated.path("dropout_risk").isBoolean()).isTrue();
        assertThat(reply.path("codes").path("behavior").asText()).isEqualTo("reflection");
        assertThat(reply.path("codes").path("subtype").asText()).isEqualTo("complex");
        assertThat(reply.path("empathy").path("interpretations").asInt()).isEqualTo(2);
        assertThat(reply.path("scores").path("empathy").asInt()).isEqualTo(5);
        assertThat(reply.path("scores").has("boundary_setting")).isTrue();
        assertThat(reply.path("scores").path("boundary_setting").isNull()).isTrue();
        assertThat(reply.path("evidence").isArray()).isTrue();
        assertThat(reply.path("feedback").get(0).asText()).isNotBlank();

        JsonNode boundary = t.path("turns").get(5);
        assertThat(boundary.path("scores").path("boundary_setting").asInt()).isEqualTo(5);

        JsonNode summary = t.path("summary");
        assertThat(summary.path("scores").path("empathy").asDouble()).isEqualTo(5.0);
        assertThat(summary.path("miti").path("reflection_to_question").asDouble()).isEqualTo(3.0);
        assertThat(summary.path("overall").isNumber()).isTrue();
        JsonNode state = summary.path("client_state");
        assertThat(state.path("trust").asInt()).isBetween(0, 10);
        assertThat(state.fieldNames()).toIterable().containsExactly("trust", "distress", "disclosure");
    }
}
