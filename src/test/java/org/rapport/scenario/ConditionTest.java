package org.rapport.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.rapport.scenario.ScoredReplies.*;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.client.ClientState;

/** How a branch's {@code when} reads a scored reply: the table authors rely on when they write scenarios. */
class ConditionTest {

    static final ClientState WARMING_UP = new ClientState(4, 5, 2);

    static Stream<Arguments> table() {
        return Stream.of(
                arguments("empathy", ">=4", COMPLEX_REFLECTION, true),
                arguments("empathy", ">=4", SIMPLE_REFLECTION, false),
                arguments("empathy", "<=2", PREMATURE_ADVICE, true),
                arguments("empathy", ">3", OPEN_QUESTION, true),
                arguments("empathy", "<3", SIMPLE_REFLECTION, false),
                arguments("empathy", "==3", SIMPLE_REFLECTION, true),
                arguments("empathy", "3", SIMPLE_REFLECTION, true),
                arguments("active_listening", ">=4", SIMPLE_REFLECTION, true),
                // boundary_setting did not apply to an ordinary reflection: no comparison holds
                arguments("boundary_setting", ">=1", COMPLEX_REFLECTION, false),
                arguments("boundary_setting", "<=5", COMPLEX_REFLECTION, false),
                arguments("boundary_setting", ">=4", WARM_BOUNDARY, true),
                arguments("boundary_setting", "<=2", COLD_REFUSAL, true),
                arguments("boundary_setting", "<=2", ACCEPTS_REQUEST, true),
                arguments("behavior", "reflection", SIMPLE_REFLECTION, true),
                arguments("behavior", "input", PREMATURE_ADVICE, true),
                arguments("behavior", "question|reflection", OPEN_QUESTION, true),
                arguments("behavior", "question|reflection", PREMATURE_ADVICE, false),
                arguments("behavior", "other", COLD_REFUSAL, true),
                arguments("subtype", "complex", COMPLEX_REFLECTION, true),
                arguments("subtype", "complex", SIMPLE_REFLECTION, false),
                arguments("subtype", "advice", PREMATURE_ADVICE, true),
                arguments("subtype", "open", CLOSED_QUESTION, false),
                arguments("subtype", "open", COLD_REFUSAL, false),
                arguments("roadblock", "advising", PREMATURE_ADVICE, true),
                arguments("roadblock", "judging|moralising", JUDGING, true),
                arguments("roadblock", "any", REASSURING, true),
                arguments("roadblock", "any", COMPLEX_REFLECTION, false),
                arguments("roadblock", "none", COMPLEX_REFLECTION, true),
                arguments("roadblock", "none", CLOSED_QUESTION, false),
                arguments("interpretations", ">=2", COMPLEX_REFLECTION, true),
                arguments("interpretations", ">=1", PREMATURE_ADVICE, false),
                arguments("explorations", "2", OPEN_QUESTION, true),
                arguments("emotional_reactions", "0", JUDGING, true),
                arguments("trust", ">=4", SIMPLE_REFLECTION, true),
                arguments("trust", ">=5", SIMPLE_REFLECTION, false),
                arguments("distress", "<=5", JUDGING, true),
                arguments("disclosure", "==2", OPEN_QUESTION, true));
    }

    @ParameterizedTest(name = "{0}: {1} on \"{2}\" -> {3}")
    @MethodSource("table")
    void readsAScoredReply(String subject, String accepted, ScoredReplies reply, boolean holds) {
        Condition condition = new Condition(subject, Arrays.asList(accepted.split("\\|")), 1);

        assertThat(condition.holdsFor(reply.score, WARMING_UP)).as(reply.reply).isEqualTo(holds);
    }

    @Test
    void describesItselfAsWritten() {
        assertThat(new Condition("behavior", List.of("question", "reflection"), 3).describe())
                .isEqualTo("behavior question or reflection");
        assertThat(new Condition("empathy", List.of(">=4"), 3).describe()).isEqualTo("empathy >=4");
    }

    @Test
    void refusesSubjectsThatCannotBeTestedOnOneReply() {
        assertThatThrownBy(() -> new Condition("reached", List.of("opening"), 1).holdsFor(COMPLEX_REFLECTION.score, WARMING_UP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Condition("warmth", List.of("3"), 1).holdsFor(COMPLEX_REFLECTION.score, WARMING_UP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown condition subject");
    }

    @ParameterizedTest(name = "\"{0}\" against {1} -> {2}")
    @MethodSource("comparisons")
    void comparesAsWritten(String written, Double actual, boolean holds) {
        assertThat(Comparison.parse(written).test(actual)).isEqualTo(holds);
    }

    static Stream<Arguments> comparisons() {
        return Stream.of(arguments(">=3.5", 3.5, true), arguments(">=3.5", 3.4, false), arguments("<= 2", 2.0, true),
                arguments(" 4 ", 4.0, true), arguments("==4", 4.1, false), arguments(">0", null, false),
                arguments("<10", null, false));
    }

    @Test
    void rejectsWhatIsNotAComparison() {
        for (String bad : List.of("high", "=>4", ">=", "4-5", "")) {
            assertThatThrownBy(() -> Comparison.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
