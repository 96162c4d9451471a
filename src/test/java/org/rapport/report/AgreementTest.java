package org.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void perfectAgreementIsKappaOne() {
        var a = Agreement.of(List.of("question", "reflection", "other"), List.of("question", "reflection", "other"),
                List.of());
        assertThat(a.kappa()).isEqualTo(1.0);
        assertThat(a.macroF1()).isEqualTo(1.0);
    }

    @Test
    void kappaDiscountsChanceAgreement() {
        // Two raters, 50 items: a textbook 2x2 table (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no).
        var ref = new java.util.ArrayList<String>();
        var pred = new java.util.ArrayList<String>();
        add(ref, pred, "yes", "yes", 20);
        add(ref, pred, "yes", "no", 5);
        add(ref, pred, "no", "yes", 10);
        add(ref, pred, "no", "no", 15);
        var a = Agreement.of(ref, pred, List.of("yes", "no"));
        assertThat(a.accuracy()).isEqualTo(0.7);
        assertThat(a.kappa()).isCloseTo(0.4, within(1e-9));
        assertThat(a.count("no", "yes")).isEqualTo(10);
    }

    @Test
    void quadraticWeightsForgiveNearMissesOnAnOrdinalScale() {
        var ref = List.of(1, 2, 3, 4, 5, 3);
        var nearMiss = List.of(2, 2, 3, 5, 4, 3);
        var a = Agreement.of(ref, nearMiss, List.of(1, 2, 3, 4, 5));
        assertThat(a.weightedKappa(Agreement.Weighting.QUADRATIC)).isGreaterThan(a.kappa());
    }

    @Test
    void spearmanUsesRanksAndAveragesTies() {
        assertThat(Agreement.spearman(List.of(1, 2, 3, 4), List.of(10, 20, 30, 40))).isCloseTo(1.0, within(1e-9));
        assertThat(Agreement.spearman(List.of(1, 2, 3, 4), List.of(4, 3, 2, 1))).isCloseTo(-1.0, within(1e-9));
        assertThat(Agreement.spearman(List.of(1, 2, 2, 3), List.of(1, 3, 2, 4))).isBetween(0.7, 1.0);
    }

    private static void add(List<String> ref, List<String> pred, String r, String p, int times) {
        for (int i = 0; i < times; i++) {
            ref.add(r);
            pred.add(p);
        }
    }
}
