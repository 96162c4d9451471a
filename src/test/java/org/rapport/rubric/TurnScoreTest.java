package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapport.report.GradeJson;

class TurnScoreTest {

    @Test
    void roadblocksAreWrittenInTheSameOrderWhateverOrderTheyWereFoundIn() {
        List<Roadblock> shuffled = new ArrayList<>(List.of(Roadblock.values()));
        Collections.shuffle(shuffled, new java.util.Random(3));
        TurnScore score = new TurnScore(BehaviorCode.other(), EmpathyMechanisms.NONE, Map.of(), List.of(), List.of(),
                new HashSet<>(shuffled), null, Confidence.NONE);

        assertThat(score.roadblocks()).containsExactly(Roadblock.values());
        assertThat(GradeJson.toJson(score)).isEqualTo(GradeJson.toJson(new TurnScore(BehaviorCode.other(), EmpathyMechanisms.NONE,
                Map.of(), List.of(), List.of(), java.util.Set.copyOf(List.of(Roadblock.values())), null, Confidence.NONE)));
    }
}
