package org.rapport.llm;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where the language model lives and how patiently to talk to it. Read from properties
 * {@code rapport.llm.*} or the environment ({@code RAPPORT_LLM_PROVIDER}, {@code RAPPORT_LLM_BASE_URL},
 * {@code RAPPORT_LLM_MODEL}, {@code RAPPORT_LLM_API_KEY}, {@code RAPPORT_LLM_TIMEOUT},
 * {@code RAPPORT_LLM_MAX_RETRIES}, {@code RAPPORT_LLM_BACKOFF}, {@code RAPPORT_LLM_TEMPERATURE},
 * {@code RAPPORT_LLM_MAX_TOKENS}, {@code RAPPORT_LLM_MAX_SENTENCES}).
 *
 * <p>The API key is held only in memory: {@link #toString()} never shows it, and {@link #redact(String)}
 * removes it from any text (an error message) before that text is shown.
 *
 * @param timeout        how long one request may take (for streaming: the longest silence between tokens)
 * @param maxRetries     retries after the first attempt, on rate limits, server errors and timeouts
 * @param initialBackoff the wait before the first retry; each further retry waits twice as long
 * @param maxSentences   the longest client answer kept, in sentences; longer answers are cut
 */
public record LlmSettings(LlmProvider provider, String baseUrl, String model, String apiKey, Duration timeout,
        int maxRetries, Duration initialBackoff, double temperature, int maxTokens, int maxSentences) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_RETRIES = 2;
    public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);
    public static final int DEFAULT_MAX_SENTENCES = 5;

    public LlmSettings {
        java.util.Objects.requireNonNull(provider, "provider");
        baseUrl = blank(baseUrl) ? provider.defaultBaseUrl() : baseUrl.trim();
        model = blank(model) ? provider.defaultModel() : model.trim();
        apiKey = blank(apiKey) ? null : apiKey.trim();
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        initialBackoff = initialBackoff == null ? DEFAULT_BACKOFF : initialBackoff;
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        if (maxRetries < 0) throw new IllegalArgumentException("max retries must be >= 0");
        if (temperature < 0 || temperature > 2) throw new IllegalArgumentException("temperature must be 0-2");
        if (maxTokens < 1) throw new IllegalArgumentException("max tokens must be >= 1");
        if (maxSentences < 1) throw new IllegalArgumentException("max sentences must be >= 1");
    }

    /** Settings with the default sentence limit. */
    public LlmSettings(LlmProvider provider, String baseUrl, String model, String apiKey, Duration timeout,
            int maxRetries, Duration initialBackoff, double temperature, int maxTokens) {
        this(provider, baseUrl, model, apiKey, timeout, maxRetries, initialBackoff, temperature, maxTokens,
                DEFAULT_MAX_SENTENCES);
    }

    /** Settings for a provider with every other value at its default. */
    public static LlmSettings of(LlmProvider provider, String baseUrl, String model, String apiKey) {
        return new LlmSettings(provider, baseUrl, model, apiKey, DEFAULT_TIMEOUT, DEFAULT_MAX_RETRIES,
                DEFAULT_BACKOFF, 0.8, 300);
    }

    /**
     * Reads settings through a lookup of property names ({@code rapport.llm.provider}); a Spring
     * {@code Environment} resolves those from properties and from {@code RAPPORT_LLM_*} variables alike.
     */
    public static LlmSettings from(UnaryOperator<String> property) {
        String provider = property.apply("rapport.llm.provider");
        return new LlmSettings(
                blank(provider) ? LlmProvider.OLLAMA : LlmProvider.parse(provider),
                property.apply("rapport.llm.base-url"),
                property.apply("rapport.llm.model"),
                property.apply("rapport.llm.api-key"),
                duration("rapport.llm.timeout", property.apply("rapport.llm.timeout"), DEFAULT_TIMEOUT),
                integer("rapport.llm.max-retries", property.apply("rapport.llm.max-retries"), DEFAULT_MAX_RETRIES),
                duration("rapport.llm.backoff", property.apply("rapport.llm.backoff"), DEFAULT_BACKOFF),
                decimal("rapport.llm.temperature", property.apply("rapport.llm.temperature"), 0.8),
                integer("rapport.llm.max-tokens", property.apply("rapport.llm.max-tokens"), 300),
                integer("rapport.llm.max-sentences", property.apply("rapport.llm.max-sentences"),
                        DEFAULT_MAX_SENTENCES));
    }

    /** Settings from Java system properties, then the process environment. */
    public static LlmSettings fromSystem() {
        return from(environmentLookup(System.getenv()));
    }

    /**
     * A lookup that tries the system property ({@code rapport.llm.base-url}), then the environment
     * variable ({@code RAPPORT_LLM_BASE_URL}).
     */
    public static UnaryOperator<String> environmentLookup(Map<String, String> environment) {
        return name -> {
            String value = System.getProperty(name);
            if (value != null) return value;
            return environment.get(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        };
    }

    public boolean hasApiKey() {
        return apiKey != null;
    }

    /** The text with every occurrence of the API key, and any credentials in a URL, replaced: safe to show or log. */
    public String redact(String text) {
        if (text == null) return null;
        String safe = redactUrl(text);
        return apiKey == null || apiKey.isEmpty() ? safe : safe.replace(apiKey, "****");
    }

    /**
     * The longest one client turn may take, retries and a slow stream included: three times the timeout
     * (which bounds only silence between tokens). Past it the turn keeps what was shown, or falls back.
     */
    public Duration turnDeadline() {
        return timeout.multipliedBy(3);
    }

    /** The base URL as it may be shown: without a user, password or key-like query value in it. */
    public String shownBaseUrl() {
        return redact(baseUrl);
    }

    private static final java.util.regex.Pattern URL_USER = java.util.regex.Pattern.compile("(?<=://)[^/?#@\\s]+@");
    private static final java.util.regex.Pattern URL_SECRET = java.util.regex.Pattern.compile(
            "(?i)([?&;](?:api[-_]?key|key|token|access[-_]?token|auth|secret|password|pwd|sig|signature)=)[^&#;\\s]*");

    /**
     * Credentials written into URLs ({@code https://user:key@host/}, {@code ?api_key=...}) replaced by
     * "****", wherever in the text they are.
     */
    public static String redactUrl(String text) {
        if (text == null) return null;
        return URL_SECRET.matcher(URL_USER.matcher(text).replaceAll("****@")).replaceAll("$1****");
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider.id() + ", baseUrl=" + shownBaseUrl() + ", model=" + model
                + ", apiKey=" + (apiKey == null ? "(none)" : "(set)") + ", timeout=" + timeout
                + ", maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff
                + ", temperature=" + temperature + ", maxTokens=" + maxTokens + ", maxSentences=" + maxSentences + "]";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Seconds ("20", "1.5"), a unit suffix ("800ms", "20s", "2m") or ISO-8601 ("PT20S"). */
    static Duration duration(String name, String value, Duration fallback) {
        if (blank(value)) return fallback;
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("pt")) return Duration.parse(v.toUpperCase(Locale.ROOT));
            if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
            if (v.endsWith("s")) return seconds(v.substring(0, v.length() - 1));
            if (v.endsWith("m")) return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1).trim()));
            return seconds(v);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a duration (e.g. 20s, 800ms)");
        }
    }

    private static Duration seconds(String v) {
        return Duration.ofMillis(Math.round(Double.parseDouble(v.trim()) * 1000));
    }

    private static int integer(String name, String value, int fallback) {
        if (blank(value)) return fallback;
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a whole number");
        }
    }

    private static double decimal(String name, String value, double fallback) {
        if (blank(value)) return fallback;
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a number");
        }
    }
}
