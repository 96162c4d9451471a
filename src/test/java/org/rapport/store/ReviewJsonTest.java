package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapport.client.ClientState;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.FeedbackGuide;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.rubric.TurnScore;
import org.rapport.session.SessionRecord;
import org.rapport.session.SessionStatus;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Speaker;

/** The supervisor's review as JSON carries the same "three things to practise" as the text and HTML reviews. */
class ReviewJsonTest {

    static final Instant AT = Instant.parse("2026-03-05T09:00:00Z");
    static final List<FeedbackGuide.Skill> SKILLS = List.of(
            new FeedbackGuide.Skill("roadblock", "active_listening", "Stay with the client"),
            new FeedbackGuide.Skill("understanding", "empathy", "Name the feeling"));

    static SessionReview.ReviewedTurn client(int index, String text) {
        return new SessionReview.ReviewedTurn(new SessionTurn(index, Speaker.CLIENT, text, null, new ClientState(3, 5, 0), "b" + index, AT),
                Map.of(), List.of(), List.of());
    }

    static SessionReview.ReviewedTurn reply(int index, String text, int empathy, int listening, Set<Roadblock> roadblocks, String suggestion) {
        TurnScore s = new TurnScore(BehaviorCode.of(Subtype.OPEN), new EmpathyMechanisms(0, 0, 0),
                Map.of("empathy", empathy, "active_listening", listening), List.of(), List.of(), roadblocks, null, null, null, false,
                suggestion, "active_listening");
        return new SessionReview.ReviewedTurn(new SessionTurn(index, Speaker.TRAINEE, text, s, null, null, AT), s.scores(), List.of(), List.of());
    }

    static SessionReview review() {
        List<SessionReview.ReviewedTurn> turns = List.of(
                client(0, "I can't sleep before exams."),
                reply(1, "You should try a warm bath.", 1, 1, Set.of(Roadblock.ADVISING), "It sounds like the nights before exams are long."),
                client(2, "My mum says I'm being dramatic."),
                reply(3, "You feel dismissed by her, and you're worn out.", 5, 4, Set.of(), null));
        TranscriptSummary summary = TranscriptSummary.of(List.of("empathy", "active_listening"),
                turns.stream().map(t -> t.turn().score()).filter(java.util.Objects::nonNull).toList());
        return new SessionReview(new SessionRecord("s1", "gad-maya", "alice", "scripted", "core", AT, AT.plusSeconds(600),
                SessionStatus.FINISHED), turns, List.of(), summary, summary);
    }

    @Test
    void theJsonReviewListsThreeThingsToPractiseWithTheWeakestReplyABetterOneAndTheTraineesOwnModel() throws Exception {
        JsonNode practise = new ObjectMapper().readTree(ReviewDocuments.json(review(), SKILLS)).get("practise");

        assertThat(practise).hasSize(1);
        JsonNode first = practise.get(0);
        assertThat(first.get("skill").asText()).isEqualTo("Stay with the client");
        assertThat(first.get("criterion").asText()).isEqualTo("active_listening");
        assertThat(first.get("weakest").get("turn").asInt()).isEqualTo(1);
        assertThat(first.get("weakest").get("score").asInt()).isEqualTo(1);
        assertThat(first.get("weakest").get("text").asText()).isEqualTo("You should try a warm bath.");
        assertThat(first.get("suggestion").asText()).isEqualTo("It sounds like the nights before exams are long.");
        assertThat(first.get("model").get("turn").asInt()).isEqualTo(3);
    }

    @Test
    void withoutTheRubricsSkillsTheListIsEmptyNotMissing() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReviewDocuments.json(review()));
        assertThat(json.has("practise")).isTrue();
        assertThat(json.get("practise")).isEmpty();
    }
}
