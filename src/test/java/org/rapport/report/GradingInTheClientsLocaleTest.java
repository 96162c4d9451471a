package org.rapport.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.locale.LocaleCatalogue;
import org.rapport.locale.ServiceLocale;
import org.rapport.rubric.RubricEngine;
import org.rapport.rubric.RubricLibrary;
import org.rapport.transcript.Transcript;
import org.rapport.transcript.TranscriptBatch;
import org.rapport.transcript.TranscriptReader;

/**
 * Graded transcripts name the crisis lines of the client's own locale, from the transcript's
 * {@code locale} or the grader's default, in risk feedback and in the after-hours boundary feedback alike,
 * and never another locale's numbers. Every locale of the shipped catalogue is tried.
 */
class GradingInTheClientsLocaleTest {

    static final RubricEngine ENGINE = RubricLibrary.load(Path.of("rubrics")).engine("core");
    static final LocaleCatalogue LOCALES = LocaleCatalogue.load(Path.of("rubrics").resolve(LocaleCatalogue.FILE), null);

    static Stream<String> locales() {
        return LOCALES.ids().stream().sorted();
    }

    /** A client who asks to text at night and then hints at suicide; a novice's replies to both. */
    static String transcript(String locale) {
        return """
                {"id": "night-texts", %s"turns": [
                  {"speaker": "client", "text": "Could I just text you at night when it gets bad?"},
                  {"speaker": "trainee", "text": "Okay."},
                  {"speaker": "client", "text": "Honestly, everyone would be better off without me."},
                  {"speaker": "trainee", "text": "How's work been going this week?"}
                ]}""".formatted(locale == null ? "" : "\"locale\": \"" + locale + "\", ");
    }

    static GradedTranscript grade(TranscriptGrader grader, String json) throws Exception {
        List<Transcript> read = TranscriptReader.readJson(json, "t.json", "t.json");
        GradeReport report = grader.grade(new TranscriptBatch(read, List.of()), GradingProgress.NONE);
        assertThat(report.errors()).isEmpty();
        return report.transcripts().get(0);
    }

    static List<String> feedback(GradedTranscript t, int turn) {
        return t.turns().get(turn).feedback();
    }

    /** Whether the text names the number as a number (not inside a longer one). */
    static boolean names(String text, String number) {
        return Pattern.compile("(?<![\\d-])" + Pattern.quote(number) + "(?![\\d-])").matcher(text).find();
    }

    static void namesOnly(ServiceLocale locale, List<String> lines) {
        String all = String.join(" ", lines);
        assertThat(names(all, locale.crisisLines().get(0).number())).as("%s's first crisis line in: %s", locale.id(), all).isTrue();
        List<String> foreign = new ArrayList<>();
        for (String id : LOCALES.ids()) {
            for (String n : LOCALES.resolve(id).numbers()) {
                if (!locale.numbers().contains(n) && names(all, n)) foreign.add(id + " " + n);
            }
        }
        assertThat(foreign).as("other locales' numbers in: %s", all).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void theTranscriptsOwnLocaleNamesItsCrisisLinesInBoundaryAndRiskFeedback(String id) throws Exception {
        ServiceLocale locale = LOCALES.resolve(id);
        // The grader's default is deliberately another locale: the transcript's own wins.
        ServiceLocale elsewhere = LOCALES.resolve(id.equals("en-US") ? "en-AU" : "en-US");
        GradedTranscript t = grade(new TranscriptGrader(ENGINE, 8, LOCALES, elsewhere), transcript(id));

        assertThat(t.turns().get(1).score().boundary()).isNotNull();
        namesOnly(locale, feedback(t, 1));
        assertThat(t.turns().get(3).score().risk()).isNotNull();
        namesOnly(locale, feedback(t, 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void aTranscriptThatNamesNoLocaleTakesTheGradersDefault(String id) throws Exception {
        ServiceLocale locale = LOCALES.resolve(id);
        GradedTranscript t = grade(new TranscriptGrader(ENGINE, 8, LOCALES, locale), transcript(null));

        namesOnly(locale, feedback(t, 1));
        namesOnly(locale, feedback(t, 3));
    }

    @Test
    void aLocaleTheCatalogueDoesNotKnowIsAnInputErrorAndTheRestAreGraded() throws Exception {
        List<Transcript> read = new ArrayList<>(TranscriptReader.readJson(transcript("en-UK"), "uk.json", "uk.json"));
        read.addAll(TranscriptReader.readJson(transcript("en-GB"), "gb.json", "gb.json"));
        GradeReport report = new TranscriptGrader(ENGINE, 8, LOCALES, null).grade(new TranscriptBatch(read, List.of()), GradingProgress.NONE);

        assertThat(report.transcripts()).extracting(GradedTranscript::source).containsExactly("gb.json");
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("uk.json");
            assertThat(e.message()).contains("locale 'en-UK' is not in the catalogue").contains("en-GB");
        });
    }
}
