package org.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private final List<List<String>> progress = List.of(
            List.of("criterion", "mean", "replies"),
            List.of("empathy", "3.7", "10"),
            List.of("boundary_setting", "5.0", "1"));

    @Test
    void columnsLineUpTwoSpacesApartWithARuleUnderTheHeader() {
        assertThat(TextTable.of(progress).withRule().render()).isEqualTo("""
                criterion         mean  replies
                ----------------  ----  -------
                empathy           3.7   10
                boundary_setting  5.0   1
                """);
    }

    @Test
    void figuresCanBeAlignedRightAndTheTableIndented() {
        assertThat(TextTable.of(progress).indented("  ").figuresRight().render()).isEqualTo("""
                  criterion         mean  replies
                  empathy            3.7       10
                  boundary_setting   5.0        1
                """);
    }
}
