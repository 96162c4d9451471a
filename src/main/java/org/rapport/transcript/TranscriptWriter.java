package org.rapport.transcript;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes transcripts in the grade input formats, so that exported sessions can be graded, imported or
 * shared, and read back unchanged by {@link TranscriptReader}.
 */
public final class TranscriptWriter {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /**
     * Writes the transcripts to {@code out}. JSON writes one object (an array when there are several),
     * CSV one row per utterance. Labelled text holds one transcript per file: its id is the file name.
     *
     * @throws IllegalArgumentException for several transcripts as text, or text that the labelled-text
     *                                  format cannot carry (a line break inside an utterance)
     */
    public void write(List<Transcript> transcripts, TranscriptFormat format, Writer out) throws IOException {
        switch (format) {
            case JSON -> writeJson(transcripts, out);
            case TEXT -> {
                if (transcripts.size() != 1) {
                    throw new IllegalArgumentException("labelled text holds one transcript per file, not "
                            + transcripts.size());
                }
                writeText(transcripts.get(0), out);
            }
            case CSV -> writeCsv(transcripts, out);
        }
        out.flush();
    }

    private static void writeJson(List<Transcript> transcripts, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            boolean many = transcripts.size() != 1;
            if (many) g.writeStartArray();
            for (Transcript t : transcripts) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                if (t.locale() != null) g.writeStringField("locale", t.locale());
                g.writeArrayFieldStart("turns");
                for (Turn turn : t.turns()) {
                    g.writeStartObject();
                    g.writeStringField("speaker", turn.speaker().json());
                    g.writeStringField("text", turn.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            if (many) g.writeEndArray();
        }
        out.write(System.lineSeparator());
    }

    private static void writeText(Transcript t, Writer out) throws IOException {
        out.write("# " + t.id().replaceAll("[\\r\\n]+", " ") + "\n");
        if (t.locale() != null) out.write("# locale: " + t.locale() + "\n");
        for (Turn turn : t.turns()) {
            String text = turn.text();
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("turn " + turn.index() + " of '" + t.id()
                        + "' spans several lines, which labelled text cannot hold; use JSON or CSV");
            }
            out.write(SpeakerLabels.label(turn.speaker()) + ": " + text.strip() + "\n");
        }
    }

    private static void writeCsv(List<Transcript> transcripts, Writer out) throws IOException {
        out.write(Csv.row(List.of("transcript_id", "utterance_id", "speaker", "text")));
        for (Transcript t : transcripts) {
            for (Turn turn : t.turns()) {
                out.write(Csv.row(List.of(t.id(), Integer.toString(turn.index()), turn.speaker().json(), turn.text())));
            }
        }
    }
}
