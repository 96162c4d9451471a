package org.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.InputReader;

class TerminalLinesTest {

    final StringWriter out = new StringWriter();

    @Test
    void withoutALineReaderRepliesComeFromStandardInputAndAreEchoed() throws Exception {
        InputReader none = new InputReader() {
        };
        TerminalLines lines = new TerminalLines(none,
                new ByteArrayInputStream("What brings you here?\n/end\n".getBytes(StandardCharsets.UTF_8)), new PrintWriter(out));

        assertThat(lines.read("you> ")).isEqualTo("What brings you here?");
        assertThat(lines.read("you> ")).isEqualTo("/end");
        assertThat(lines.read("you> ")).isNull();
        assertThat(out.toString()).contains("you> What brings you here?").contains("you> /end");
    }

    @Test
    void ctrlDAndCtrlCAtThePromptEndTheInput() throws Exception {
        InputReader eof = new InputReader() {
            @Override
            public String readInput(String prompt) {
                throw new EndOfFileException();
            }
        };
        InputReader interrupt = new InputReader() {
            @Override
            public String readInput(String prompt) {
                throw new UserInterruptException("partial line");
            }
        };

        assertThat(new TerminalLines(eof, System.in, new PrintWriter(out)).read("you> ")).isNull();
        assertThat(new TerminalLines(interrupt, System.in, new PrintWriter(out)).read("you> ")).isNull();
    }
}
