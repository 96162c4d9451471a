package org.rapport.feedback;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;
import java.util.Optional;
import org.rapport.llm.LlmConnection;
import org.rapport.llm.LlmUnavailable;

/** "One way to say it" written by the configured language model. */
public final class LlmSuggestions implements SuggestionModel {

    static final String INSTRUCTIONS = """
            You are a counselling supervisor helping a trainee practise with a simulated client. Write one better
            reply the trainee could have given to the client's line: one or two sentences, spoken to the client,
            in plain words, using the client's own words and naming the feeling under them. No advice, no
            reassurance, no questions in a row, no labels or quotation marks: only the reply itself.""";

    private final LlmConnection connection;

    public LlmSuggestions(LlmConnection connection) {
        this.connection = java.util.Objects.requireNonNull(connection, "connection");
    }

    @Override
    public Optional<String> write(String clientLine, String reply, String priority, String hint) {
        StringBuilder ask = new StringBuilder();
        ask.append("Client: ").append(clientLine == null ? "" : clientLine.strip()).append('\n');
        ask.append("Trainee: ").append(reply.strip()).append('\n');
        if (priority != null) ask.append("What the trainee most needs to put right: ").append(priority).append('\n');
        if (hint != null && !hint.isBlank()) ask.append("The scenario's coaching for this moment: ").append(hint.strip()).append('\n');
        ask.append("A better reply:");
        List<ChatMessage> messages = List.of(SystemMessage.from(INSTRUCTIONS), UserMessage.from(ask.toString()));
        try {
            return Optional.ofNullable(cleaned(connection.chat(messages, 0.3)));
        } catch (LlmUnavailable | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The reply alone: labels, quotation marks and anything after a blank line taken off. */
    static String cleaned(String answer) {
        if (answer == null) return null;
        String s = answer.strip().split("\\R\\s*\\R", 2)[0].strip();
        s = s.replaceFirst("(?i)^(a better reply|better reply|reply|trainee|counsell?or|therapist)\\s*:\\s*", "");
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("“") && s.endsWith("”"))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        s = s.replaceAll("\\s+", " ");
        return s.isBlank() || s.length() > 400 ? null : s;
    }
}
