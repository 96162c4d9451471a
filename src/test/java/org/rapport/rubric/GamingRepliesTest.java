package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.judgement.AuthoredCorpus;

/**
 * Replies written to game the engine (rubrics/data/gaming-replies.csv) should score at most 2 on the
 * criterion they game; genuine authored replies must never be taken for them. The floor below is what
 * the engine reaches today (it was 20 of 71 before hollow replies were capped): it may rise, not fall.
 */
class GamingRepliesTest {

    @Test
    void gamingRepliesScoreLowOnTheCriterionTheyGame() throws IOException {
        AuthoredCorpus gaming = AuthoredCorpus.read(Path.of("rubrics/data/gaming-replies.csv"), List.of("client", "reply", "games", "note"));
        List<ReplyContext> replies = new ArrayList<>();
        for (int i = 0; i < gaming.size(); i++) {
            String reply = gaming.get(i, "reply"), note = gaming.get(i, "note");
            if (note.startsWith("repeat ")) reply = String.join(" ", java.util.Collections.nCopies(
                    Integer.parseInt(note.substring(7, note.indexOf(':'))), reply));
            replies.add(ReplyContext.of(gaming.get(i, "client"), reply));
        }
        List<TurnScore> scores = CoreRubric.ENGINE.scoreAll(replies);
        int low = 0;
        for (int i = 0; i < scores.size(); i++) {
            Integer s = scores.get(i).score(gaming.get(i, "games"));
            if (s != null && s <= 2) low++;
        }
        assertThat(low).as("gaming replies at most 2 on the criterion they game, of " + scores.size()).isGreaterThanOrEqualTo(34);
    }

    @Test
    void genuineAuthoredRepliesAreNeverTakenForHollowOnes() throws IOException {
        AuthoredCorpus coded = AuthoredCorpus.read(Path.of("rubrics/data/therapist-behaviours.csv"), List.of("client", "reply"));
        List<ReplyContext> replies = new ArrayList<>();
        for (int i = 0; i < coded.size(); i++) replies.add(ReplyContext.of(coded.get(i, "client"), coded.get(i, "reply")));
        List<TurnScore> scores = CoreRubric.ENGINE.scoreAll(replies);
        assertThat(scores).noneMatch(s -> s.evidence().stream().anyMatch(e -> e.startsWith("not a reply to this client")));
    }
}
