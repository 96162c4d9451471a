package org.rapport.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a transcript or a model's answer holds, a terminal shows it as text and obeys none of it. */
class TerminalTextTest {

    static final char ESC = 0x1b, BEL = 0x07, CR = '\r';

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("clear screen", ESC + "[2J" + ESC + "[Hcleared", "^[[2J^[[Hcleared"),
                Arguments.of("window title", ESC + "]0;pwned" + BEL + "title", "^[]0;pwned^Gtitle"),
                Arguments.of("OSC 52 clipboard write", ESC + "]52;c;ZXZpbA==" + BEL + "copy", "^[]52;c;ZXZpbA==^Gcopy"),
                Arguments.of("hidden text", ESC + "[8mhidden" + ESC + "[0m", "^[[8mhidden^[[0m"),
                Arguments.of("a carriage return overwriting the line", "fine" + CR + "EVIL", "fine^MEVIL"),
                Arguments.of("a carriage return at the very end", "fine" + CR, "fine^M"),
                Arguments.of("the one-byte CSI", (char) 0x9b + "31mred", "<U+009B>31mred"),
                Arguments.of("a right-to-left override", "abc" + (char) 0x202e + "dcba", "abc<U+202E>dcba"),
                Arguments.of("ordinary text", "tab\tand ünïcödé, emoji 😀", "tab\tand ünïcödé, emoji 😀"),
                Arguments.of("CR LF line ends", "a,b\r\nc,d\r\n", "a,b\r\nc,d\r\n"),
                Arguments.of("line feeds", "line\nnext", "line\nnext"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void controlCharactersAreShownNotObeyed(String what, String raw, String shown) {
        assertThat(TerminalText.safe(raw)).isEqualTo(shown);

        StringWriter out = new StringWriter();
        try (PrintWriter writer = TerminalText.writer(out)) {
            for (char c : raw.toCharArray()) writer.print(c); // as a streamed answer arrives
        }
        assertThat(out.toString()).isEqualTo(shown);
    }
}
