package org.rapport.llm;

import java.util.Locale;

/** The kinds of model server Rapport can talk to. */
public enum LlmProvider {
    /** OpenAI or any server speaking its chat-completions API: vLLM, llama.cpp server, LM Studio. */
    OPENAI("https://api.openai.com/v1", "gpt-4o-mini"),
    /** A local Ollama server. */
    OLLAMA("http://127.0.0.1:11434", "llama3.1:8b"),
    ANTHROPIC("https://api.anthropic.com/v1/", "claude-3-5-haiku-latest");

    private final String defaultBaseUrl;
    private final String defaultModel;

    LlmProvider(String defaultBaseUrl, String defaultModel) {
        this.defaultBaseUrl = defaultBaseUrl;
        this.defaultModel = defaultModel;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public String defaultModel() {
        return defaultModel;
    }

    /** Whether the provider refuses requests without an API key (local servers do not need one). */
    public boolean needsApiKey() {
        return this == ANTHROPIC;
    }

    public static LlmProvider parse(String id) {
        String key = id.trim().toLowerCase(Locale.ROOT);
        for (LlmProvider p : values()) {
            if (p.id().equals(key)) return p;
        }
        // "openai-compatible" reads naturally in docs and configuration files
        if (key.equals("openai-compatible")) return OPENAI;
        throw new IllegalArgumentException("unknown LLM provider '" + id + "' (expected openai, ollama or anthropic)");
    }
}
