package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rapport.report.GradingProgress;

class TerminalProgressTest {

    @Test
    void drawsTheBarInPlaceAndClearsItWhenDone() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress bar = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), "Grading");
        bar.update(0, 200);
        bar.update(100, 200);
        bar.update(100, 200); // unchanged: not redrawn
        bar.update(200, 200);
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("\rGrading [" + ".".repeat(30) + "] 0/200 replies 0%");
        assertThat(drawn).contains("\rGrading [" + "#".repeat(15) + ".".repeat(15) + "] 100/200 replies 50%");
        assertThat(drawn.split("100/200", -1)).hasSize(2);
        assertThat(drawn).endsWith("\r");
        assertThat(drawn).doesNotContain("\n");
    }

    @Test
    void withoutATerminalThereIsNoBar() {
        // test JVMs have no console, so even a long batch stays quiet
        assertThat(TerminalProgress.forBatch(10_000, "Grading")).isSameAs(GradingProgress.NONE);
    }
}
