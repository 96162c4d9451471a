package org.rapport.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradebookCellTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "alice|alice",
            "Smith, Jo|\"Smith, Jo\"",
            "says \"hi\"|\"says \"\"hi\"\"\"",
            "=HYPERLINK(\"http://x\")|\"'=HYPERLINK(\"\"http://x\"\")\"",
            "+1 555|'+1 555",
            "@sum|'@sum"})
    void cellsAreQuotedAndFormulasDefused(String value, String expected) {
        assertThat(Gradebook.cell(value)).isEqualTo(expected);
    }
}
