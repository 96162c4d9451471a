package org.rapport.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TranscriptReaderTest {

    private final TranscriptReader reader = new TranscriptReader();

    static Stream<Arguments> goodTranscripts() {
        return Fixtures.manifest("transcripts/good-expected.csv").stream().map(r -> Arguments.of(r.cells().get(0),
                r.cells().get(1), Integer.parseInt(r.cells().get(2)), Integer.parseInt(r.cells().get(3)), r.cells().get(4)));
    }

    @ParameterizedTest(name = "{0} holds {1}: {2} turns, {3} by the trainee")
    @MethodSource("goodTranscripts")
    void readsEachFormatIntoTurnsInInputOrder(String file, String id, int turns, int traineeTurns, String firstText) {
        Path path = Fixtures.path("transcripts/good/" + file);
        TranscriptBatch batch = reader.read(List.of(path));

        assertThat(batch.errors()).isEmpty();
        Transcript t = batch.transcripts().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        assertThat(t.source()).isEqualTo(path.toString());
        assertThat(t.turns()).hasSize(turns);
        assertThat(t.turns()).filteredOn(Turn::byTrainee).hasSize(traineeTurns);
        assertThat(t.turns().get(0).text()).isEqualTo(firstText);
        for (int i = 0; i < t.turns().size(); i++) assertThat(t.turns().get(i).index()).isEqualTo(i);
    }

    @Test
    void consecutiveTraineeTurnsStayApartSoCodesLineUpWithTheSource() {
        Transcript maya = reader.read(List.of(Fixtures.path("transcripts/good/maya.json"))).transcripts().get(0);
        assertThat(maya.turns().get(3)).isEqualTo(new Turn(3, Speaker.TRAINEE,
                "What goes through your mind when you're lying awake?", 8));
        assertThat(maya.turns().get(4)).isEqualTo(new Turn(4, Speaker.TRAINEE, "Take your time.", 9));
    }

    @Test
    void labelledTextAcceptsEveryRoleNameAndSkipsCommentsAndBlankLines() {
        Transcript lena = reader.read(List.of(Fixtures.path("transcripts/good/lena-phobia.txt"))).transcripts().get(0);
        assertThat(lena.turns()).extracting(Turn::speaker).containsExactly(Speaker.CLIENT, Speaker.TRAINEE,
                Speaker.CLIENT, Speaker.TRAINEE, Speaker.CLIENT, Speaker.TRAINEE, Speaker.TRAINEE);
        assertThat(lena.turns().get(2).text()).isEqualTo("Yes. Everyone else just does it.");
    }

    @Test
    void csvKeepsQuotedCommasDoubledQuotesAndLineBreaksInsideAField() {
        List<Transcript> cohort = reader.read(List.of(Fixtures.path("transcripts/good/cohort.csv"))).transcripts();
        assertThat(cohort.get(0).turns().get(2).text()).isEqualTo("My friends say I should be \"over it\" by now.");
        assertThat(cohort.get(1).turns().get(0).text())
                .isEqualTo("I've been sleeping maybe four hours a night,\nand I'm exhausted at work.");
        assertThat(cohort.get(1).turns().get(3).text()).isEqualTo("You should just try going to bed earlier.");
    }

    @Test
    void foldersAreWalkedRecursivelyInSortedOrderReadingOnlyTranscriptExtensions(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("week2"));
        Files.writeString(dir.resolve("week2/b.txt"), "Client: I'm tired.\nTrainee: Tired of what?\n");
        Files.writeString(dir.resolve("a.txt"), "Client: Hello.\nTrainee: Hi, what brings you in?\n");
        Files.writeString(dir.resolve("notes.md"), "not a transcript");
        Files.writeString(dir.resolve("week2/a.json"), "{\"turns\":[{\"speaker\":\"client\",\"text\":\"Hi.\"}]}");

        TranscriptBatch batch = reader.read(List.of(dir));

        assertThat(batch.errors()).isEmpty();
        assertThat(batch.transcripts()).extracting(Transcript::id).containsExactly("a", "a.json", "b");
        assertThat(batch.transcripts().get(2).source()).isEqualTo(dir.resolve("week2/b.txt").toString());
    }

    static Stream<Arguments> malformedFiles() {
        return Fixtures.manifest("transcripts/malformed-expected.csv").stream()
                .map(r -> Arguments.of(r.cells().get(0), Integer.parseInt(r.cells().get(1)),
                        r.cells().get(2).isEmpty() ? null : r.cells().get(2), r.cells().get(3)));
    }

    @ParameterizedTest(name = "{0} is reported at line {1}, field {2}: {3}")
    @MethodSource("malformedFiles")
    void aMalformedFileIsReportedWithFileLineAndFieldWhileTheOthersAreStillRead(String file, int line, String field,
            String message) {
        Path malformed = Fixtures.path("transcripts/malformed/" + file);
        Path good = Fixtures.path("transcripts/good");

        TranscriptBatch batch = reader.read(List.of(malformed, good));

        assertThat(batch.errors()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(malformed.toString());
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message()).contains(message);
        });
        assertThat(batch.transcripts()).hasSize(6);
    }

    @Test
    void aFolderWithBrokenFilesYieldsOneErrorPerBrokenFile() {
        TranscriptBatch batch = reader.read(List.of(Fixtures.path("transcripts/malformed")));
        assertThat(batch.transcripts()).isEmpty();
        assertThat(batch.errors()).extracting(e -> Path.of(e.source()).getFileName().toString())
                .containsExactly("array-missing-text.json", "broken.json", "locale-number.json", "missing-columns.csv",
                        "two-locales.txt", "unclosed-quote.csv", "unknown-speaker-row.csv", "unknown-speaker.json",
                        "unlabelled.txt");
    }

    @Test
    void aBadCsvRowCostsOnlyItsOwnTranscript(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mixed.csv");
        Files.writeString(file, """
                transcript_id,speaker,text
                ok-1,client,I've been arguing with my partner every night.
                ok-1,trainee,"It sounds like home doesn't feel like a rest anymore, and you're worn out."
                bad-2,client,I don't want to be here.
                bad-2,observer,Client crossed arms.
                bad-2,trainee,What would you rather be doing?
                ,client,orphan line
                ok-3,client,My boss shouts at me.
                ok-3,trainee,How do you respond when he does?
                """);
        TranscriptBatch batch = reader.read(List.of(file));

        assertThat(batch.transcripts()).extracting(Transcript::id).containsExactly("ok-1", "ok-3");
        assertThat(batch.errors()).extracting(InputError::line).containsExactly(7, 5);
        assertThat(batch.errors().get(1).message()).contains("bad-2").contains("unknown speaker 'observer'");
    }

    @Test
    void aCsvRowWithTooFewFieldsIsNamedByLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "transcript_id,speaker,text\nt1,client\n");
        TranscriptBatch batch = reader.read(List.of(file));
        assertThat(batch.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("row has 2 fields but the header has 3");
        });
    }

    @Test
    void missingPathsAndOtherExtensionsAreErrorsWithoutALine(@TempDir Path dir) throws IOException {
        Path notes = dir.resolve("notes.docx");
        Files.writeString(notes, "x");
        TranscriptBatch batch = reader.read(List.of(dir.resolve("nowhere.json"), notes));
        assertThat(batch.errors()).extracting(InputError::line).containsExactly(null, null);
        assertThat(batch.errors()).extracting(InputError::message)
                .containsExactly("no such file or folder", "not a transcript file: expected a .json, .txt or .csv extension");
    }

    @Test
    void jsonErrorsNameTheFieldAndLine() {
        String noText = """
                {"id": "x", "turns": [
                  {"speaker": "client", "text": "Hi."},
                  {"speaker": "trainee"}
                ]}""";
        assertThatThrownBy(() -> TranscriptReader.readJson(noText, "x.json", "x.json"))
                .isInstanceOf(TranscriptFormatException.class).hasMessage("turn 1 has no 'text' field")
                .extracting(e -> ((TranscriptFormatException) e).line()).isEqualTo(3);
        assertThatThrownBy(() -> TranscriptReader.readJson("{\"id\": \"x\"}", "x.json", "x.json"))
                .hasMessageContaining("no 'turns' field");
        assertThatThrownBy(() -> TranscriptReader.readJson("", "x.json", "x.json")).hasMessage("the file is empty");
        assertThatThrownBy(() -> TranscriptReader.readJson("{\"id\": \"x\", \"turns\": [\n {\"speaker\": \"client\"",
                "x.json", "x.json")).hasMessage("Unexpected end-of-input: expected close marker for Object (start marker at line 2)");
    }

    @Test
    void aTranscriptSaysWhereItsClientLivesInEachFormat() throws Exception {
        Transcript json = TranscriptReader.readJson("""
                {"id": "uk", "locale": "en-GB", "turns": [{"speaker": "client", "text": "Hi."}]}""", "uk.json", "uk.json").get(0);
        Transcript text = TranscriptReader.readText("# locale: en-AU\nClient: Hi.\nTrainee: Hello.\n", "au.txt", "au");
        List<Transcript> csv = TranscriptReader.readCsv("""
                transcript_id,speaker,text,locale
                nz,client,Kia ora.,en-NZ
                nz,trainee,Kia ora.,
                us,client,Hi.,
                """, "two.csv", new java.util.ArrayList<>());
        Transcript silent = TranscriptReader.readText("Client: Hi.\n", "x.txt", "x");

        assertThat(json.locale()).isEqualTo("en-GB");
        assertThat(text.locale()).isEqualTo("en-AU");
        assertThat(text.turns()).hasSize(2);
        assertThat(csv).extracting(Transcript::locale).containsExactly("en-NZ", null);
        assertThat(silent.locale()).isNull();
    }

    @Test
    void aLocaleThatIsNotAStringOrDisagreesWithItselfIsAnError() throws Exception {
        assertThatThrownBy(() -> TranscriptReader.readJson("{\"locale\": 44, \"turns\": []}", "x.json", "x.json"))
                .hasMessage("field 'locale' must be a locale id such as \"en-GB\"");
        assertThatThrownBy(() -> TranscriptReader.readText("# locale: en-GB\nClient: Hi.\n# locale: en-US\n", "x.txt", "x"))
                .hasMessageContaining("a second '# locale:' line names en-US after en-GB");
        List<InputError> errors = new java.util.ArrayList<>();
        List<Transcript> read = TranscriptReader.readCsv("""
                transcript_id,speaker,text,locale
                a,client,Hi.,en-GB
                a,trainee,Hello.,en-IE
                """, "a.csv", errors);
        assertThat(read).isEmpty();
        assertThat(errors).singleElement().extracting(InputError::message).asString().contains("locale en-IE differs from en-GB");
    }

    @Test
    void anUnlabelledLineIsQuotedInTheMessage() {
        assertThatThrownBy(() -> TranscriptReader.readText("Client: Hi.\nSupervisor: stop\n", "s.txt", "s"))
                .hasMessageContaining("\"Supervisor: stop\"")
                .extracting(e -> ((TranscriptFormatException) e).line()).isEqualTo(2);
    }

    @Test
    void aTurnOverTheLengthLimitCostsOnlyItsOwnTranscriptAndSaysSo(@TempDir Path dir) throws IOException {
        String overlong = "and so you feel ".repeat(Turn.MAX_LENGTH / 16 + 1);
        Files.writeString(dir.resolve("cohort.json"), "[{\"id\":\"pasted\",\"turns\":["
                + "{\"speaker\":\"client\",\"text\":\"I'm tired.\"},{\"speaker\":\"trainee\",\"text\":\"" + overlong + "\"}]},"
                + "{\"id\":\"fine\",\"turns\":[{\"speaker\":\"client\",\"text\":\"Hi.\"},"
                + "{\"speaker\":\"trainee\",\"text\":\"What brings you in?\"}]}]");

        TranscriptBatch batch = new TranscriptReader().read(List.of(dir));

        assertThat(batch.transcripts()).extracting(Transcript::id).containsExactly("fine");
        assertThat(batch.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.field()).isEqualTo("text");
        });
        assertThat(batch.errors()).singleElement().asString().contains("cohort.json", "transcript 'pasted'",
                "turn too long: turn 1 (trainee) has 10,01",
                "the limit is 10,000", "not graded");
    }

    @Test
    void aNamedPipeIsRefusedRatherThanWaitedOn(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("cohort.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo is not available");

        TranscriptBatch batch = new TranscriptReader().read(List.of(fifo));

        assertThat(batch.transcripts()).isEmpty();
        assertThat(batch.errors()).singleElement().asString().contains("cohort.json", "not a regular file");
    }
}
