package org.rapport.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A model's answer streamed in pieces is wrapped exactly as the whole answer would be. */
class StreamWrapTest {

    static final String ANSWER = "Aye. Since Margaret passed the house has been quiet, and I don't see the point of cooking "
            + "for one. Some nights I just sit in the back kitchen with the radio off and wonder what it's all for.";

    @ParameterizedTest(name = "pieces of {0} characters at {1} columns")
    @CsvSource({"1, 60", "3, 60", "7, 80", "50, 80", "1000, 100"})
    void piecesOfAnySizeWrapAsTheWholeTextWould(int size, int width) {
        StringWriter printed = new StringWriter();
        PrintWriter out = new PrintWriter(printed);
        out.print("Graham: ");
        StreamWrap wrap = new StreamWrap(out, width, "Graham: ".length(), "");
        for (int i = 0; i < ANSWER.length(); i += size) wrap.write(ANSWER.substring(i, Math.min(ANSWER.length(), i + size)));
        wrap.finish();

        assertThat(printed.toString()).isEqualTo(String.join("\n", TextWrap.lines(ANSWER, width, "Graham: ", "")));
    }
}
