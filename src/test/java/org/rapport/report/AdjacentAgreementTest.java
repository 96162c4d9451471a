package org.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdjacentAgreementTest {

    @Test
    void withinOnePointCountsNearMissesOnTheScaleButNotFarMisses() {
        // human 3, engine 4: adjacent; human 1, engine 5: far apart; two exact
        var a = Agreement.of(List.of(2, 3, 1, 5), List.of(2, 4, 5, 5), List.of(1, 2, 3, 4, 5));
        assertThat(a.agreementWithin(0)).isEqualTo(0.5);
        assertThat(a.agreementWithin(1)).isEqualTo(0.75);
        assertThat(a.agreementWithin(4)).isEqualTo(1.0);
    }

    @Test
    void scalePointsNeverUsedStillCountAsSteps() {
        // 1 and 3 are two points apart even though nobody gave a 2
        var a = Agreement.of(List.of(1), List.of(3), List.of(1, 2, 3, 4, 5));
        assertThat(a.agreementWithin(1)).isEqualTo(0.0);
    }
}
