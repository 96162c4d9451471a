package org.rapport.rubric;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapport.report.Agreement;
import org.rapport.report.TextTable;
import org.rapport.transcript.Speaker;
import org.rapport.transcript.Turn;

/**
 * Grades expert-annotated corpora with an engine and measures agreement: AnnoMI therapist behaviour
 * codes (each therapist utterance with the conversation before it) and EPITOME empathy mechanisms
 * (the help-seeker's post as the client line, the response as the reply). The corpora are read from
 * wherever the caller says; nothing of them is kept.
 */
public final class CorpusEvaluation {

    /** How many earlier turns of an AnnoMI transcript go with each therapist utterance. */
    private static final int CONTEXT_TURNS = 6;
    private static final int BATCH = 256;

    public static final List<String> BEHAVIORS = List.of("question", "reflection", "input", "other");
    public static final List<String> CODES = List.of("question/open", "question/closed", "reflection/simple",
            "reflection/complex", "input/information", "input/advice", "input/negotiation", "input/options", "other");
    public static final List<String> MECHANISMS = List.of("emotional_reactions", "interpretations", "explorations");

    private CorpusEvaluation() {
    }

    /** Agreement of one label set: its name and the confusion between reference and engine. */
    public record LabelSet(String name, Agreement<String> agreement) {
    }

    /** AnnoMI: four behaviours and the behaviour+subtype codes. {@code limit} caps utterances (0 = all). */
    public static List<LabelSet> annomi(RubricEngine engine, Path csv, int limit) throws IOException {
        CsvRows rows = CsvRows.read(csv);
        List<ReplyContext> replies = new ArrayList<>();
        List<String> refBehavior = new ArrayList<>(), refCode = new ArrayList<>();
        String transcript = null;
        List<Turn> history = new ArrayList<>();
        for (int i = 0; i < rows.size() && (limit <= 0 || replies.size() < limit); i++) {
            String id = rows.get(i, "transcript_id");
            if (!id.equals(transcript)) {
                transcript = id;
                history = new ArrayList<>();
            }
            String text = rows.get(i, "utterance_text");
            boolean therapist = rows.get(i, "interlocutor").strip().equalsIgnoreCase("therapist");
            if (therapist) {
                String behaviour = rows.get(i, "behaviour").strip();
                if (!behaviour.isEmpty()) {
                    List<Turn> context = history.subList(Math.max(0, history.size() - CONTEXT_TURNS), history.size());
                    replies.add(new ReplyContext(reindex(context), text, null));
                    String b = behaviour.equals("therapist_input") ? "input" : behaviour;
                    String subtype = rows.get(i, "subtype").strip();
                    refBehavior.add(b);
                    refCode.add(b.equals("other") || subtype.isEmpty() ? b : b + "/" + subtype);
                }
            }
            history.add(new Turn(history.size(), therapist ? Speaker.TRAINEE : Speaker.CLIENT, text));
        }
        List<TurnScore> scores = scoreInBatches(engine, replies);
        List<String> predBehavior = new ArrayList<>(), predCode = new ArrayList<>(), refCodeScored = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            TurnScore s = scores.get(i);
            String b = s.codes().behavior().json();
            predBehavior.add(b);
            // An input utterance the experts left without a subtype cannot be compared at subtype level.
            if (!CODES.contains(refCode.get(i))) continue;
            refCodeScored.add(refCode.get(i));
            predCode.add(s.codes().subtype() == null ? b : b + "/" + s.codes().subtype().json());
        }
        return List.of(new LabelSet("AnnoMI behaviour (4 labels)", Agreement.of(refBehavior, predBehavior, BEHAVIORS)),
                new LabelSet("AnnoMI behaviour+subtype (8 subtypes + other)", Agreement.of(refCodeScored, predCode, CODES)));
    }

    /** EPITOME: one label set per mechanism, levels 0, 1, 2. */
    public static List<LabelSet> epitome(RubricEngine engine, Path csv, int limit) throws IOException {
        CsvRows rows = CsvRows.read(csv);
        List<ReplyContext> replies = new ArrayList<>();
        List<List<String>> refs = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < rows.size() && (limit <= 0 || replies.size() < limit); i++) {
            replies.add(ReplyContext.of(rows.get(i, "seeker_post"), rows.get(i, "response_post")));
            for (int m = 0; m < 3; m++) refs.get(m).add(rows.get(i, MECHANISMS.get(m)).strip());
        }
        List<TurnScore> scores = scoreInBatches(engine, replies);
        List<LabelSet> sets = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            List<String> pred = new ArrayList<>();
            for (TurnScore s : scores) {
                EmpathyMechanisms e = s.empathy();
                int level = m == 0 ? e.emotionalReactions() : m == 1 ? e.interpretations() : e.explorations();
                pred.add(Integer.toString(level));
            }
            sets.add(new LabelSet("EPITOME " + MECHANISMS.get(m).replace('_', ' '), Agreement.of(refs.get(m), pred, List.of("0", "1", "2"))));
        }
        return sets;
    }

    static List<TurnScore> scoreInBatches(RubricEngine engine, List<ReplyContext> replies) {
        List<TurnScore> out = new ArrayList<>(replies.size());
        for (int i = 0; i < replies.size(); i += BATCH) {
            out.addAll(engine.scoreAll(replies.subList(i, Math.min(replies.size(), i + BATCH))));
        }
        return out;
    }

    private static List<Turn> reindex(List<Turn> turns) {
        List<Turn> out = new ArrayList<>(turns.size());
        for (Turn t : turns) out.add(new Turn(out.size(), t.speaker(), t.text()));
        return out;
    }

    /** The human ceiling (or, for EPITOME, the published fine-tuned model) a label set is read against. */
    static String reference(String labelSet) {
        if (labelSet.startsWith("AnnoMI behaviour (")) return "one expert vs nine: macro-F1 0.85, kappa 0.81";
        if (labelSet.startsWith("AnnoMI behaviour+subtype")) return "one expert vs nine: macro-F1 0.57, kappa 0.65";
        if (labelSet.endsWith("emotional reactions")) return "fine-tuned RoBERTa: macro-F1 0.745";
        if (labelSet.endsWith("interpretations")) return "fine-tuned RoBERTa: macro-F1 0.626";
        if (labelSet.endsWith("explorations")) return "fine-tuned RoBERTa: macro-F1 0.726";
        return "";
    }

    /** A plain-text report: summary line per label set, then per-label F1 and the confusion table. */
    public static String report(List<LabelSet> sets) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-48s %6s %8s %9s %7s  %s%n", "label set", "n", "accuracy", "macro-F1", "kappa", "reference"));
        for (LabelSet s : sets) {
            Agreement<String> a = s.agreement();
            out.append(String.format(Locale.ROOT, "%-48s %6d %8.3f %9.3f %7.3f  %s%n", s.name(), a.size(), a.accuracy(), a.macroF1(), a.kappa(),
                    reference(s.name())));
        }
        for (LabelSet s : sets) {
            out.append(System.lineSeparator()).append(s.name()).append(System.lineSeparator());
            StringBuilder f1 = new StringBuilder("  F1:");
            for (Map.Entry<String, Double> e : s.agreement().f1PerLabel().entrySet()) {
                f1.append(String.format(Locale.ROOT, " %s %.2f;", e.getKey(), e.getValue()));
            }
            out.append(f1).append(System.lineSeparator());
            out.append(TextTable.of(s.agreement().table()).indented("  ").figuresRight().render());
        }
        return out.toString();
    }

}
