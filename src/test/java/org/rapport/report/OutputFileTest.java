package org.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report file is written whole or not at all, and a damaged character costs that character only. */
class OutputFileTest {

    @Test
    void aLoneSurrogateIsWrittenAsAReplacementCharacterAndCounted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("grades.json");

        int replaced = OutputFile.write(file, "{\"text\":\"I feel \ud800 and \udc00 but 😀 is fine\"}");

        assertThat(replaced).isEqualTo(2);
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("{\"text\":\"I feel \uFFFD and \uFFFD but 😀 is fine\"}");
        assertThat(OutputFile.note(replaced)).isEqualTo("; 2 characters UTF-8 cannot hold (a lone surrogate) written as U+FFFD");
        assertThat(dir.toFile().list()).containsExactly("grades.json");
    }

    @Test
    void aFailureWhileWritingLeavesTheEarlierFileWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.txt");
        OutputFile.write(file, "the earlier report");

        assertThatThrownBy(() -> OutputFile.write(file, out -> {
            out.write("half of a new rep");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("the earlier report");
        assertThat(dir.toFile().list()).containsExactly("report.txt");
    }

    @Test
    void htmlPagesOfATranscriptWithALoneSurrogateAreAllWritten(@TempDir Path dir) throws IOException {
        GradeReport report = GradeOutputsTest.fixtures();
        GradedTranscript first = report.transcripts().get(0);
        java.util.List<GradedTurn> turns = new java.util.ArrayList<>(first.turns());
        GradedTurn t = turns.get(0);
        turns.set(0, new GradedTurn(t.index(), t.speaker(), t.text() + " \ud800", t.score()));
        java.util.List<GradedTranscript> transcripts = new java.util.ArrayList<>(report.transcripts());
        transcripts.set(0, new GradedTranscript(first.id(), first.source(), turns, first.summary()));
        int[] replaced = {0};

        java.util.List<Path> pages = HtmlReport.write(new GradeReport(report.rubric(), transcripts, report.errors()), dir,
                GradeOutputsTest.WHEN, n -> replaced[0] = n);

        assertThat(pages).hasSize(transcripts.size() + 1).allMatch(Files::exists);
        assertThat(replaced[0]).isEqualTo(1);
    }
}
