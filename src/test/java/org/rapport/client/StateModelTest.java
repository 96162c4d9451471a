package org.rapport.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.rubric.BehaviorCode;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.Subtype;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.ScenarioFile;
import org.rapport.scenario.ScenarioLoader;

/** The client's state follows the session at a human pace, set by the scenario's state_model. */
class StateModelTest {

    static final Path VALID = Path.of("src/test/resources/scenarios/valid/first-session.yaml");

    static TurnScore empathic() {
        Map<String, Integer> s = new HashMap<>();
        s.put(TurnScore.EMPATHY, 5);
        s.put(TurnScore.ACTIVE_LISTENING, 5);
        s.put(TurnScore.BOUNDARY_SETTING, null);
        return new TurnScore(BehaviorCode.of(Subtype.COMPLEX), new EmpathyMechanisms(1, 2, 0), s, List.of(), List.of(), Set.of(), null);
    }

    @Test
    void oneGoodReflectionDoesNotResolveDistressAndReliefHasALimit() {
        ClientState start = new ClientState(3, 8, 0);
        ClientReaction reaction = new ClientReaction(StateModel.DEFAULT, start);
        ClientState s = reaction.afterReply(start, empathic());
        assertThat(s.distress()).as("after one empathic reply").isEqualTo(8);
        s = reaction.afterReply(s, empathic());
        assertThat(s.distress()).as("after two").isEqualTo(7);
        for (int i = 0; i < 20; i++) s = reaction.afterReply(s, empathic());
        assertThat(s.distress()).as("after a whole session of them").isEqualTo(8 - StateModel.DEFAULT.maxRelief());
        assertThat(s.trust()).isEqualTo(10);
    }

    @Test
    void openingUpATopicRaisesDistress() {
        ClientState start = new ClientState(5, 5, 0);
        ClientReaction reaction = new ClientReaction(StateModel.DEFAULT, start);
        ClientState base = reaction.afterReply(start, empathic());

        assertThat(reaction.afterTurn(start, base, 0, 0, 2).distress()).as("a branch that discloses 2 more").isEqualTo(6);
        assertThat(reaction.afterTurn(start, base, 0, 0, 0).distress()).as("one step of disclosure only").isEqualTo(5);
    }

    @Test
    void aScenarioSetsItsOwnPaceAndEveryKeyDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("first-session.yaml");
        Files.writeString(file, Files.readString(VALID) + "\nstate_model:\n  relief_after: 1\n  max_relief: 1\n");

        ScenarioFile read = new ScenarioLoader().read(file);

        assertThat(read.problems()).isEmpty();
        StateModel m = read.scenario().orElseThrow().stateModel();
        assertThat(m.reliefAfter()).isEqualTo(1);
        assertThat(m.maxRelief()).isEqualTo(1);
        assertThat(m.trustGain()).isEqualTo(StateModel.DEFAULT.trustGain());
        assertThat(new ScenarioLoader().read(VALID).scenario().orElseThrow().stateModel()).isEqualTo(StateModel.DEFAULT);
    }

    @Test
    void anUnknownKeyOrAValueOutOfRangeIsNamedWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("first-session.yaml");
        Files.writeString(file, Files.readString(VALID) + "\nstate_model:\n  relief_afterr: 1\n  max_relief: 12\n  relief_after: 0\n");

        ScenarioFile read = new ScenarioLoader().read(file);

        assertThat(read.problems()).extracting(Object::toString)
                .anyMatch(p -> p.contains("state_model.relief_afterr") && p.contains("relief_after"))
                .anyMatch(p -> p.contains("state_model.max_relief: 12 is outside 0-10"))
                .anyMatch(p -> p.contains("state_model.relief_after: 0 is outside 1-10"));
    }
}
