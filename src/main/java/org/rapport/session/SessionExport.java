package org.rapport.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Transcript;
import org.rapport.transcript.Turn;

/**
 * Writes a session's transcript in the grade input formats (JSON, labelled text, CSV), so a saved session
 * can be graded, imported or shared like any other transcript.
 */
public final class SessionExport {

    public enum Format {
        JSON, TEXT, CSV;

        public static Format parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format must be json, text or csv, not '" + text + "'");
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SessionExport() {
    }

    public static String write(Transcript transcript, Format format) {
        return switch (format) {
            case JSON -> json(transcript);
            case TEXT -> text(transcript);
            case CSV -> csv(transcript);
        };
    }

    private static String json(Transcript t) {
        // built as records so the key order is stable: id, then turns of speaker and text
        record TurnOut(String speaker, String text) {
        }
        record TranscriptOut(String id, List<TurnOut> turns) {
        }
        try {
            return JSON.writeValueAsString(new TranscriptOut(t.id(),
                    t.turns().stream().map(turn -> new TurnOut(turn.speaker().json(), turn.text())).toList())) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write transcript " + t.id(), e);
        }
    }

    private static String text(Transcript t) {
        return "# " + t.id() + "\n" + t.turns().stream()
                .map(turn -> (turn.speaker() == Speaker.CLIENT ? "Client: " : "Trainee: ") + oneLine(turn.text()))
                .collect(Collectors.joining("\n")) + "\n";
    }

    private static String csv(Transcript t) {
        StringBuilder out = new StringBuilder("transcript_id,utterance_id,speaker,text\n");
        for (Turn turn : t.turns()) {
            out.append(cell(t.id())).append(',').append(turn.index()).append(',').append(turn.speaker().json())
                    .append(',').append(cell(turn.text())).append('\n');
        }
        return out.toString();
    }

    /** Labelled text holds one utterance per line. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static String cell(String value) {
        if (value.matches("[^,\"\\r\\n]*")) return value;
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
