package org.rapport.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MitiFiguresTest {

    @Test
    void countsReflectionsAgainstQuestionsAndTheirDepth() {
        var codes = List.of(BehaviorCode.of(Subtype.COMPLEX), BehaviorCode.of(Subtype.SIMPLE),
                BehaviorCode.of(Subtype.COMPLEX), BehaviorCode.of(Subtype.OPEN), BehaviorCode.of(Subtype.ADVICE));

        MitiFigures miti = MitiFigures.of(codes);

        assertThat(miti.reflectionToQuestion()).isEqualTo(3.0);
        assertThat(miti.percentComplexReflections()).isEqualTo(66.7);
        assertThat(miti.percentOpenQuestions()).isEqualTo(100.0);
        assertThat(miti.reflectionToQuestionBand()).isEqualTo("good");
        assertThat(miti.complexReflectionBand()).isEqualTo("good");
    }

    @Test
    void leavesFiguresOutWhenThereIsNothingToDivideBy() {
        MitiFigures miti = MitiFigures.of(List.of(BehaviorCode.of(Subtype.ADVICE), BehaviorCode.other()));

        assertThat(miti.reflectionToQuestion()).isNull();
        assertThat(miti.percentComplexReflections()).isNull();
        assertThat(miti.percentOpenQuestions()).isNull();
        assertThat(miti.openQuestionBand()).isEqualTo("n/a");
    }
}
