package org.rapport.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Prose at a terminal breaks between words, never inside one, at whatever width the terminal has. */
class TextWrapTest {

    static final String FEEDBACK = "A complex reflection: \"It sounds like coming here wasn't your idea, and you'd rather people...\" "
            + "follows the client's words and adds what they implied. MITI counts 40 % complex reflections as fair, 50 % as good.";

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {40, 60, 80, 100, 120})
    void everyLineFitsAndNoWordIsBroken(int width) {
        List<String> lines = TextWrap.lines(FEEDBACK, width, "  also:  ", TextWrap.hang("  also:  "));

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
        assertThat(lines.get(0)).startsWith("  also:  A complex");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith("         ").doesNotStartWith("          "));
        assertThat(String.join(" ", lines.stream().map(String::strip).toList())).isEqualTo("also:  " + FEEDBACK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "   ", "\n"})
    void emptyTextIsTheLeadAlone(String text) {
        assertThat(TextWrap.lines(text, 80, "  first: ", "         ")).containsExactly("  first:");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {50, 80})
    void aWordLongerThanALineIsCutAtTheEdge(int width) {
        String path = "/".repeat(1) + "a".repeat(200);
        List<String> lines = TextWrap.lines("see " + path, width, "", "");

        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(path);
    }
}
