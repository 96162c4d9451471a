package org.rapport.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TranscriptRoundTripTest {

    private final TranscriptReader reader = new TranscriptReader();
    private final TranscriptWriter writer = new TranscriptWriter();

    static Stream<Arguments> fixturesAndFormats() {
        List<Arguments> all = new ArrayList<>();
        for (String file : List.of("maya.json", "cohort-array.json", "lena-phobia.txt", "cohort.csv")) {
            for (TranscriptFormat format : TranscriptFormat.values()) all.add(Arguments.of(file, format));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} written as {1} reads back the same")
    @MethodSource("fixturesAndFormats")
    void writtenTranscriptsReadBackUnchanged(String file, TranscriptFormat format, @TempDir Path dir) throws IOException {
        List<Transcript> original = reader.read(List.of(Fixtures.path("transcripts/good/" + file))).transcripts();
        List<Transcript> back = new ArrayList<>();
        for (List<Transcript> group : format == TranscriptFormat.TEXT ? original.stream().map(List::of).toList()
                : List.of(original)) {
            if (format == TranscriptFormat.TEXT && group.get(0).turns().stream().anyMatch(t -> t.text().contains("\n"))) {
                continue; // labelled text cannot carry line breaks inside an utterance: checked below
            }
            // labelled text takes its id from the file name, so each transcript gets a file named by its id
            String name = (format == TranscriptFormat.TEXT ? group.get(0).id().replace('#', '_') : "export")
                    + "." + format.extension();
            Path out = dir.resolve(name);
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                writer.write(group, format, w);
            }
            TranscriptBatch read = reader.read(List.of(out));
            assertThat(read.errors()).isEmpty();
            back.addAll(read.transcripts());
        }
        List<Transcript> expected = original.stream()
                .filter(t -> format != TranscriptFormat.TEXT || t.turns().stream().noneMatch(x -> x.text().contains("\n")))
                .toList();
        assertThat(back).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            String expectedId = format == TranscriptFormat.TEXT ? expected.get(k).id().replace('#', '_') : expected.get(k).id();
            assertThat(back.get(k).id()).isEqualTo(expectedId);
            // what was said survives; the line each turn sits on is a fact of the file written, not of the transcript
            assertThat(back.get(k).turns()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
                    .containsExactlyElementsOf(expected.get(k).turns());
        }
    }

    @Test
    void labelledTextRefusesAnUtteranceWithALineBreakInsteadOfSplittingIt() {
        Transcript t = new Transcript("t", "t", List.of(new Turn(0, Speaker.CLIENT, "first line\nsecond line")));
        assertThatThrownBy(() -> writer.write(List.of(t), TranscriptFormat.TEXT, new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("use JSON or CSV");
    }

    @Test
    void csvQuotesOnlyWhatNeedsQuoting() throws TranscriptFormatException {
        String row = Csv.row(List.of("plain", "with, comma", "say \"no\"", "two\nlines", " padded "));
        assertThat(row).isEqualTo("plain,\"with, comma\",\"say \"\"no\"\"\",\"two\nlines\",\" padded \"\r\n");
        assertThat(Csv.parse(row)).singleElement().extracting(Csv.Row::cells)
                .isEqualTo(List.of("plain", "with, comma", "say \"no\"", "two\nlines", " padded "));
    }

    @Test
    void csvRecordsKnowTheLineTheyStartOn() throws TranscriptFormatException {
        List<Csv.Row> rows = Csv.parse("\uFEFFa,b\r\n\"x\r\ny\",z\r\n\r\nlast,row");
        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 2, 5);
        assertThat(rows.get(1).cells()).containsExactly("x\r\ny", "z");
        assertThat(rows.get(0).cells()).containsExactly("a", "b");
    }

    @Test
    void csvRejectsTextAfterAClosingQuote() {
        assertThatThrownBy(() -> Csv.parse("a,b\n\"it\"s\",x\n")).isInstanceOf(TranscriptFormatException.class)
                .hasMessageContaining("must be doubled");
    }
}
