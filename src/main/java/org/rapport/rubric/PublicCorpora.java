package org.rapport.rubric;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rapport.judgement.JudgedText;
import org.rapport.judgement.LabelledText;

/**
 * The public expert-annotated corpora read as training examples, in memory only: AnnoMI therapist
 * utterances (with the client's line before them and the turns before that), grouped by transcript,
 * and EPITOME responses to help-seeker posts, grouped by post.
 */
final class PublicCorpora {

    private PublicCorpora() {
    }

    /** AnnoMI examples labelled with the behaviour; {@code subtypes} in the same order ("" for other or missing). */
    record Annomi(List<LabelledText> examples, List<String> subtypes) {
    }

    record Epitome(List<JudgedText> texts, List<String> groups, List<List<String>> levels) {
    }

    static Annomi annomi(Path csv, int contextTurns) throws IOException {
        CsvRows rows = CsvRows.read(csv);
        List<LabelledText> examples = new ArrayList<>();
        List<String> subtypes = new ArrayList<>();
        String transcript = null;
        List<String[]> history = new ArrayList<>(); // speaker, text
        for (int i = 0; i < rows.size(); i++) {
            String id = rows.get(i, "transcript_id").strip();
            if (!id.equals(transcript)) {
                transcript = id;
                history = new ArrayList<>();
            }
            String text = rows.get(i, "utterance_text");
            boolean therapist = rows.get(i, "interlocutor").strip().equalsIgnoreCase("therapist");
            if (therapist) {
                String behaviour = rows.get(i, "behaviour").strip();
                if (!behaviour.isEmpty()) {
                    String b = behaviour.equals("therapist_input") ? "input" : behaviour;
                    examples.add(new LabelledText("annomi:" + id, b, judged(history, text, contextTurns)));
                    subtypes.add(b.equals("other") ? "" : rows.get(i, "subtype").strip());
                }
            }
            history.add(new String[] {therapist ? "T" : "C", text});
        }
        return new Annomi(examples, subtypes);
    }

    /** The client's last line before the reply and up to {@code contextTurns} turns before that line. */
    static JudgedText judged(List<String[]> history, String reply, int contextTurns) {
        int client = -1;
        for (int j = history.size() - 1; j >= 0; j--) {
            if (history.get(j)[0].equals("C")) {
                client = j;
                break;
            }
        }
        String clientLine = client < 0 ? "" : history.get(client)[1];
        int end = client < 0 ? history.size() : client;
        StringBuilder context = new StringBuilder();
        for (int j = Math.max(0, end - contextTurns); j < end; j++) {
            if (context.length() > 0) context.append(' ');
            context.append(history.get(j)[1]);
        }
        return new JudgedText(context.toString(), clientLine, reply);
    }

    /**
     * AnnoMI client lines, each once, as "none", with the client's line before it and the therapist's turns
     * in between, grouped by transcript: every line of at least four words, and shorter ones only where they
     * answer a question in a session rated high in MI quality (elsewhere a short line may be a real withdrawal).
     */
    static List<LabelledText> annomiClientLinesInContext(Path csv) throws IOException {
        CsvRows rows = CsvRows.read(csv);
        List<LabelledText> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String transcript = null, previous = "";
        StringBuilder reply = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String id = rows.get(i, "transcript_id").strip();
            if (!id.equals(transcript)) {
                transcript = id;
                previous = "";
                reply.setLength(0);
            }
            String text = rows.get(i, "utterance_text");
            if (rows.get(i, "interlocutor").strip().equalsIgnoreCase("therapist")) {
                if (reply.length() > 0) reply.append(' ');
                reply.append(text);
                continue;
            }
            // A short line that answers a question in a high-quality session is an answer, not a withdrawal.
            boolean answers = reply.toString().strip().endsWith("?") && rows.get(i, "mi_quality").strip().equals("high");
            if ((new org.rapport.nlp.Utterance(text).wordCount() >= 4 || answers) && seen.add(text)) {
                out.add(new LabelledText("annomi:" + id, "none", JudgementTraining.ruptureText(new ClientLine(previous, reply.toString(), text))));
            }
            previous = text;
            reply.setLength(0);
        }
        return out;
    }

    static Epitome epitome(Path csv) throws IOException {
        CsvRows rows = CsvRows.read(csv);
        List<JudgedText> texts = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<List<String>> levels = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < rows.size(); i++) {
            texts.add(JudgedText.reply(rows.get(i, "seeker_post"), rows.get(i, "response_post")));
            groups.add("epitome:" + rows.get(i, "sp_id").strip());
            for (int m = 0; m < 3; m++) levels.get(m).add(rows.get(i, CorpusEvaluation.MECHANISMS.get(m)).strip());
        }
        return new Epitome(texts, groups, levels);
    }
}
