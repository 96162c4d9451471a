package org.rapport.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocaleCatalogueTest {

    static final Path SHIPPED = Path.of("rubrics").resolve(LocaleCatalogue.FILE);

    @Test
    void shipsTheSixEnglishSpeakingLocales() {
        LocaleCatalogue catalogue = LocaleCatalogue.load(SHIPPED, null);

        assertThat(catalogue.ids()).containsExactlyInAnyOrder("en-US", "en-CA", "en-GB", "en-IE", "en-AU", "en-NZ");
        assertThat(catalogue.defaultLocale().id()).isEqualTo("en-US");
    }

    /** The numbers a trainee's feedback must name for a client in each country. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 988; 911                                  | ACA
            en-CA | 988; 911                                  | CCPA
            en-GB | Samaritans 116 123; NHS 111; 999          | BACP
            en-IE | Samaritans 116 123; Pieta 1800 247 247; 112 or 999 | IACP
            en-AU | Lifeline 13 11 14; 000                    | PACFA
            en-NZ | 1737; Lifeline Aotearoa 0800 543 354; 111 | NZAC
            """)
    void namesEachCountrysCrisisLinesEmergencyNumberAndEthicsCode(String id, String numbers, String code) {
        ServiceLocale locale = LocaleCatalogue.load(SHIPPED, null).resolve(id);

        for (String number : numbers.split(";")) assertThat(locale.crisisNumbers()).contains(number.strip());
        assertThat(locale.ethicsCode()).contains(code);
        assertThat(locale.childProtection()).isNotBlank();
    }

    @Test
    void theProgrammeDefaultReplacesEnUsForScenariosThatNameNoLocale() {
        LocaleCatalogue catalogue = LocaleCatalogue.load(SHIPPED, "en-NZ");

        assertThat(catalogue.resolve(null).id()).isEqualTo("en-NZ");
        assertThat(catalogue.resolve("en-GB").id()).isEqualTo("en-GB");
    }

    @Test
    void anUnknownProgrammeDefaultIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> LocaleCatalogue.load(SHIPPED, "en-UK"))
                .hasMessageContaining("'en-UK' (RAPPORT_LOCALE)").hasMessageContaining("en-GB");
    }

    @Test
    void aBadFileNamesItsLineAndField(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("locales.yaml");
        Files.writeString(file, """
                locales:
                  - id: en-GB
                    country: United Kingdom
                    crisis_lines:
                      - {name: Samaritans, number: "116 123"}
                    child_protection: children's social care
                    ethics_code: BACP
                """);

        assertThatThrownBy(() -> LocaleCatalogue.load(file, "en-GB"))
                .hasMessage(file + ":2: locales[0].emergency: missing");
    }

    @Test
    void anUnknownKeyIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("locales.yaml");
        Files.writeString(file, """
                locales:
                  - id: en-GB
                    emergancy: "999"
                """);

        assertThatThrownBy(() -> LocaleCatalogue.load(file, "en-GB"))
                .isInstanceOf(LocaleFormatException.class).hasMessageContaining("emergancy");
    }
}
