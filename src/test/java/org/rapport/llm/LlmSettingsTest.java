package org.rapport.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LlmSettingsTest {

    static LlmSettings fromEnvironment(Map<String, String> env) {
        return LlmSettings.from(LlmSettings.environmentLookup(env));
    }

    @Test
    void readsTheRapportLlmVariables() {
        LlmSettings s = fromEnvironment(Map.of(
                "RAPPORT_LLM_PROVIDER", "openai",
                "RAPPORT_LLM_BASE_URL", "http://127.0.0.1:8000/v1",
                "RAPPORT_LLM_MODEL", "qwen2.5-7b-instruct",
                "RAPPORT_LLM_API_KEY", "sk-local-123",
                "RAPPORT_LLM_TIMEOUT", "20s",
                "RAPPORT_LLM_MAX_RETRIES", "4",
                "RAPPORT_LLM_BACKOFF", "250ms",
                "RAPPORT_LLM_MAX_SENTENCES", "3"));

        assertThat(s.provider()).isEqualTo(LlmProvider.OPENAI);
        assertThat(s.baseUrl()).isEqualTo("http://127.0.0.1:8000/v1");
        assertThat(s.model()).isEqualTo("qwen2.5-7b-instruct");
        assertThat(s.apiKey()).isEqualTo("sk-local-123");
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.maxRetries()).isEqualTo(4);
        assertThat(s.initialBackoff()).isEqualTo(Duration.ofMillis(250));
        assertThat(s.maxSentences()).isEqualTo(3);
    }

    @Test
    void aClientAnswerIsFiveSentencesAtMostUnlessConfiguredAndNeverLessThanOne() {
        assertThat(fromEnvironment(Map.of()).maxSentences()).isEqualTo(5);
        assertThatThrownBy(() -> fromEnvironment(Map.of("RAPPORT_LLM_MAX_SENTENCES", "0")))
                .hasMessageContaining("max sentences");
        assertThatThrownBy(() -> fromEnvironment(Map.of("RAPPORT_LLM_MAX_SENTENCES", "few")))
                .hasMessageContaining("rapport.llm.max-sentences");
    }

    @Test
    void credentialsWrittenIntoTheBaseUrlAreNeverShown() {
        LlmSettings s = fromEnvironment(Map.of("RAPPORT_LLM_PROVIDER", "openai",
                "RAPPORT_LLM_BASE_URL", "https://me:sk-in-url-999@llm.example.org/v1?api_key=sk-query-777&region=eu"));

        assertThat(s.shownBaseUrl()).isEqualTo("https://****@llm.example.org/v1?api_key=****&region=eu");
        assertThat(s.toString()).doesNotContain("sk-in-url-999", "sk-query-777");
        LlmStatus status = new LlmStatus(s, false, Duration.ofMillis(3), "connection to " + s.baseUrl() + " refused", null);
        assertThat(status.render()).doesNotContain("sk-in-url-999", "sk-query-777").contains("llm.example.org");
        assertThat(s.turnDeadline()).isEqualTo(s.timeout().multipliedBy(3));
    }

    @Test
    void defaultsToALocalOllama() {
        LlmSettings s = fromEnvironment(Map.of());

        assertThat(s.provider()).isEqualTo(LlmProvider.OLLAMA);
        assertThat(s.baseUrl()).isEqualTo("http://127.0.0.1:11434");
        assertThat(s.hasApiKey()).isFalse();
        assertThat(s.timeout()).isEqualTo(LlmSettings.DEFAULT_TIMEOUT);
    }

    @Test
    void springStylePropertyNamesWork() {
        Map<String, String> props = Map.of("rapport.llm.provider", "anthropic", "rapport.llm.api-key", "sk-ant-x1");

        LlmSettings s = LlmSettings.from(props::get);

        assertThat(s.provider()).isEqualTo(LlmProvider.ANTHROPIC);
        assertThat(s.baseUrl()).isEqualTo("https://api.anthropic.com/v1/");
        assertThat(s.apiKey()).isEqualTo("sk-ant-x1");
    }

    @Test
    void neverShowsTheKey() {
        LlmSettings s = LlmSettings.of(LlmProvider.OPENAI, null, null, "sk-very-secret-42");

        assertThat(s.toString()).doesNotContain("sk-very-secret-42").contains("apiKey=(set)");
        assertThat(s.redact("401 for key sk-very-secret-42")).isEqualTo("401 for key ****");
    }

    static Stream<Arguments> durations() {
        return Stream.of(Arguments.of("30", Duration.ofSeconds(30)), Arguments.of("1.5", Duration.ofMillis(1500)),
                Arguments.of("800ms", Duration.ofMillis(800)), Arguments.of("2m", Duration.ofMinutes(2)),
                Arguments.of("PT45S", Duration.ofSeconds(45)), Arguments.of("20s", Duration.ofSeconds(20)));
    }

    @ParameterizedTest
    @MethodSource("durations")
    void understandsCommonWaysToWriteATimeout(String written, Duration meant) {
        assertThat(LlmSettings.duration("rapport.llm.timeout", written, null)).isEqualTo(meant);
    }

    @Test
    void badValuesNameTheSetting() {
        assertThatThrownBy(() -> fromEnvironment(Map.of("RAPPORT_LLM_PROVIDER", "gemini")))
                .hasMessageContaining("gemini").hasMessageContaining("openai, ollama or anthropic");
        assertThatThrownBy(() -> fromEnvironment(Map.of("RAPPORT_LLM_TIMEOUT", "soon")))
                .hasMessageContaining("rapport.llm.timeout");
        assertThatThrownBy(() -> fromEnvironment(Map.of("RAPPORT_LLM_MAX_RETRIES", "-1")))
                .hasMessageContaining("max retries");
    }
}
