package org.rapport.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.locale.LocaleCatalogue;
import org.rapport.rubric.RubricLoader;
import org.rapport.scenario.ScenarioLoader;
import org.rapport.scenario.ScenarioProblem;
import org.rapport.transcript.TranscriptReader;

/**
 * Every broken file under {@code src/test/resources/broken} (scenarios, rubrics, locales, transcripts)
 * is reported the way its author needs it: the file, the line where the mistake is, the field, and
 * words about the file (an encoding, a list where text belongs) rather than a parser's or Java's.
 */
class BrokenFilesTest {

    static final Path BROKEN = Path.of("src/test/resources/broken");

    /** What no message to an author may contain: Java's, Jackson's and the parser's own vocabulary. */
    static final List<String> NOT_FOR_AUTHORS = List.of("java.", "com.fasterxml", "jackson", "Exception", "org.yaml",
            "snakeyaml", "JsonToken", "`", "class ", "<block", "<scalar>", "Input length", "(TAB)");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            scenarios/latin-1.yaml               |  3 | (file)  | byte 0xE1 at line 3, column 12 (byte 102 of the file) is not UTF-8: the file looks like Latin-1 or Windows-1252 text ('á' in
            scenarios/utf-16le-with-bom.yaml     |  1 | (file)  | is UTF-16LE text (it starts with a UTF-16LE byte-order mark), not UTF-8; save it as UTF-8
            scenarios/utf-16be-without-bom.yaml  |  1 | (file)  | looks like UTF-16BE text (a zero byte before each character), not UTF-8
            scenarios/utf-32le-with-bom.yaml     |  1 | (file)  | is UTF-32LE text
            scenarios/nul-byte.yaml              | 21 | (file)  | holds a NUL byte (0x00), so it looks like a binary file
            scenarios/control-character.yaml     | 25 | (yaml)  | the character U+0001 (an invisible control character) is not allowed; delete it
            scenarios/second-document.yaml       | 27 | (yaml)  | a second YAML document starts here ('---'), but a scenario file holds one document
            scenarios/tab-indent.yaml            | 21 | (yaml)  | a tab character; indent with spaces, not tabs
            scenarios/colon-in-value.yaml        | 21 | (yaml)  | a ': ' inside a value starts a key; put the value in quotes
            scenarios/unclosed-quote.yaml        | 21 | (yaml)  | (while parsing a block mapping that starts on line 18)
            scenarios/empty.yaml                 |  1 | (file)  | empty file; a scenario needs id, title
            rubrics/latin-1.yaml                 | 22 |         | byte 0xEB at line 22, column 30 (byte 522 of the file) is not UTF-8: the file looks like Latin-1 or Windows-1252 text ('ë' in
            rubrics/utf-16le-with-bom.yaml       |  1 |         | is UTF-16LE text (it starts with a UTF-16LE byte-order mark), not UTF-8
            rubrics/second-document.yaml         | 25 |         | a second YAML document starts here ('---'), but a rubric file holds one document
            rubrics/name-is-a-list.yaml          |  7 | criteria[0].name | must be text, not a list
            rubrics/weight-is-a-word.yaml        | 15 | behavior_model.semantic_weight | 'high' is not a number
            rubrics/bias-left-empty.yaml         | 18 | behavior_model.behaviors.question.bias | needs a value (a number)
            rubrics/weights-is-text.yaml         | 19 | behavior_model.behaviors.question.weights | must be a mapping (key: value lines), not text ('question_last')
            rubrics/level-not-a-number.yaml      |  8 | criteria[0].levels | 'five' is not a whole number
            rubrics/huge-number.yaml             |  8 | criteria[0].levels | '99999999999' is not a whole number
            rubrics/misspelt-field.yaml          |  8 | criteria[0].levles | unknown field 'levles'; expected one of description, feedback, id, levels, name (did you mean 'levels'?)
            rubrics/name-written-twice.yaml      |  8 | criteria[0].name | 'name' is written twice in the same mapping
            rubrics/empty-list-entry.yaml        | 28 | feedback.criteria.empathy | is empty; give it a value or delete the line
            rubrics/item-without-mechanism.yaml  | 28 | feedback.items.named_feeling.mechanism | must be one of the priority list [understanding, form]
            rubrics/unclosed-bracket.yaml        | 19 | behavior_model.behaviors.question.weights.question_last | '3.0 calibration' is not a number
            locales/latin-1.yaml                 |  4 |         | byte 0xE9 at line 4, column 27 (byte 131 of the file) is not UTF-8
            locales/second-document.yaml         | 10 |         | a second YAML document starts here ('---'), but the locale file holds one document
            locales/emergency-missing.yaml       |  3 | locales[0].emergency | missing
            locales/crisis-line-empty.yaml       |  8 | locales[0].crisis_lines[1] | is empty; give it a value or delete the line
            locales/crisis-lines-is-text.yaml    |  6 | locales[0].crisis_lines | must be a list, not text
            locales/tag-not-a-tag.yaml           |  3 | locales[0].id | 'english' is not a language-region tag such as en-GB
            transcripts/latin-1.txt              |  2 |         | byte 0xE9 at line 2, column 29 (byte 109 of the file) is not UTF-8: the file looks like Latin-1 or Windows-1252 text ('é' in "Client: I moved here from Québec
            transcripts/utf-16le-with-bom.json   |  1 |         | is UTF-16LE text (it starts with a UTF-16LE byte-order mark), not UTF-8
            transcripts/utf-16be-without-bom.csv |  1 |         | looks like UTF-16BE text (a zero byte before each character), not UTF-8
            """)
    void aBrokenFileIsReportedAtItsLineAndFieldInAnAuthorsWords(String name, int line, String field, String words) {
        Path file = BROKEN.resolve(name);

        String message = messageFor(file);

        String place = file + ":" + line + ": " + (field == null ? "" : field + ": ");
        assertThat(message).startsWith(place).contains(words);
    }

    @Test
    void noMessageNamesLineZeroOrSpeaksJava() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(BROKEN)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(30);
        for (Path file : files) {
            String message = messageFor(file);
            assertThat(message).as(file.toString()).startsWith(file + ":").doesNotContain(file + ":0:");
            assertThat(message).as(file.toString()).doesNotContainPattern("\\bline 0\\b");
            for (String word : NOT_FOR_AUTHORS) assertThat(message).as(file.toString()).doesNotContainIgnoringCase(word);
        }
    }

    @Test
    void everyBrokenFileHasItsExpectedMessageAbove() throws Exception {
        String source = Files.readString(Path.of("src/test/java/org/rapport/authoring/BrokenFilesTest.java"));
        try (Stream<Path> walk = Files.walk(BROKEN)) {
            walk.filter(Files::isRegularFile).forEach(f -> assertThat(source)
                    .as("an expected message for " + f).contains(BROKEN.relativize(f).toString().replace('\\', '/') + " "));
        }
    }

    /** The first problem each reader reports for the file, as the commands print it. */
    static String messageFor(Path file) {
        String kind = file.getParent().getFileName().toString();
        return switch (kind) {
            case "scenarios" -> new ScenarioLoader(Set.of("en-US", "en-GB")).read(file).problems().stream()
                    .map(ScenarioProblem::toString).findFirst().orElse("no problem found");
            case "rubrics" -> String.valueOf(catchThrowable(() -> new RubricLoader().load(file)).getMessage());
            case "locales" -> String.valueOf(catchThrowable(() -> LocaleCatalogue.load(file, "en-GB")).getMessage());
            case "transcripts" -> new TranscriptReader().read(List.of(file)).errors().stream().map(Object::toString)
                    .findFirst().orElse("no problem found");
            default -> throw new IllegalArgumentException("no reader for " + file);
        };
    }
}
