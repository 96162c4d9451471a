package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;

class TurnScoreJsonTest {

    @Test
    void aBoundaryReplyComesBackExactlyAsScored() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put(TurnScore.EMPATHY, 4);
        scores.put(TurnScore.ACTIVE_LISTENING, 3);
        scores.put(TurnScore.BOUNDARY_SETTING, 5);
        TurnScore score = new TurnScore(BehaviorCode.of(Subtype.COMPLEX), new EmpathyMechanisms(2, 1, 0), scores,
                List.of("declines the after-hours texts", "keeps the door open: \"we can plan for those nights\""),
                List.of("Warm and clear: you held the frame and offered a crisis line."),
                Set.of(Roadblock.REASSURING), BoundaryKind.AFTER_HOURS_CONTACT);

        String json = TurnScoreJson.write(score);

        assertThat(json).contains("\"behavior\":\"reflection\"", "\"subtype\":\"complex\"",
                "\"emotional_reactions\":2", "\"boundary\":\"after-hours-contact\"", "\"roadblocks\":[\"reassuring\"]");
        assertThat(TurnScoreJson.read(json)).isEqualTo(score);
    }

    @Test
    void aCriterionThatDidNotApplyStaysNullAndInOrder() {
        TurnScore score = ScriptedRubricEngine.judge("You should just stop checking the locks.");
        TurnScore back = TurnScoreJson.read(TurnScoreJson.write(score));

        assertThat(back).isEqualTo(score);
        assertThat(back.scores()).containsKey(TurnScore.BOUNDARY_SETTING);
        assertThat(back.score(TurnScore.BOUNDARY_SETTING)).isNull();
        assertThat(back.scores().keySet()).containsExactly(TurnScore.EMPATHY, TurnScore.ACTIVE_LISTENING,
                TurnScore.BOUNDARY_SETTING);
    }

    @Test
    void otherBehaviourHasNoSubtype() {
        TurnScore score = new TurnScore(BehaviorCode.other(), EmpathyMechanisms.NONE, Map.of(), List.of(), List.of(),
                Set.of(), null);
        assertThat(TurnScoreJson.read(TurnScoreJson.write(score))).isEqualTo(score);
    }
}
