package org.rapport.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.MitiFigures;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.InputError;
import org.rapport.transcript.SpeakerLabels;

/**
 * The grade as a report a supervisor reads or prints: per transcript a summary table (criterion means,
 * MITI figures against their thresholds, overall), then the conversation with each reply's codes,
 * scores, evidence and feedback. Plain ASCII so it survives any terminal and printer.
 */
public final class GradeText {

    private static final int WIDTH = 100;

    private GradeText() {
    }

    public static void write(GradeReport report, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        RubricRef rubric = report.rubric();
        sb.append("Grade report - rubric ").append(rubric.id()).append(" version ").append(rubric.version()).append('\n');
        sb.append(report.transcripts().size()).append(report.transcripts().size() == 1 ? " transcript" : " transcripts")
                .append(" graded");
        if (report.hasErrors()) {
            sb.append(", ").append(report.errors().size()).append(report.errors().size() == 1 ? " input" : " inputs")
                    .append(" could not be graded (listed at the end)");
        }
        sb.append("\n");
        if (report.transcripts().size() > 1) overview(sb, rubric, report.transcripts());
        for (GradedTranscript t : report.transcripts()) {
            transcript(sb, rubric, t);
        }
        if (report.hasErrors()) {
            sb.append("\nErrors\n");
            for (InputError e : report.errors()) sb.append("  ").append(e).append('\n');
        }
        out.write(sb.toString());
        out.flush();
    }

    /** One line per transcript, so a supervisor sees the cohort before the details. */
    private static void overview(StringBuilder sb, RubricRef rubric, List<GradedTranscript> transcripts) {
        int idWidth = Math.min(30, Math.max(10, transcripts.stream().mapToInt(t -> t.id().length()).max().orElse(0)));
        sb.append("\n  ").append(String.format(java.util.Locale.ROOT, "%-" + idWidth + "s %7s", "Transcript", "Replies"));
        for (String c : rubric.criterionIds()) {
            sb.append(String.format(java.util.Locale.ROOT, " %" + Math.max(6, shortName(rubric, c).length()) + "s",
                    shortName(rubric, c)));
        }
        sb.append(String.format(java.util.Locale.ROOT, " %7s%n", "Overall"));
        for (GradedTranscript t : transcripts) {
            String id = t.id().length() > idWidth ? t.id().substring(0, idWidth - 3) + "..." : t.id();
            sb.append("  ").append(String.format(java.util.Locale.ROOT, "%-" + idWidth + "s %7d", id, t.replyCount()));
            for (String c : rubric.criterionIds()) {
                sb.append(String.format(java.util.Locale.ROOT, " %" + Math.max(6, shortName(rubric, c).length()) + "s",
                        Decimals.oneOrNa(t.summary().scores().get(c))));
            }
            sb.append(String.format(java.util.Locale.ROOT, " %7s%n", Decimals.oneOrNa(t.summary().overall())));
        }
    }

    /** A criterion's name cut to fit a column header. */
    private static String shortName(RubricRef rubric, String criterion) {
        String name = rubric.criterionName(criterion);
        return name.length() > 16 ? name.substring(0, 16) : name;
    }

    private static void transcript(StringBuilder sb, RubricRef rubric, GradedTranscript t) {
        sb.append('\n').append("=".repeat(WIDTH)).append('\n');
        sb.append("Transcript ").append(t.id()).append("   (").append(t.source()).append(")\n");
        sb.append("Trainee replies: ").append(t.replyCount()).append("\n\n");
        int nameWidth = Math.max(16, rubric.criterionIds().stream().mapToInt(c -> rubric.criterionName(c).length())
                .max().orElse(0));
        String row = "  %-" + nameWidth + "s  %5s   %s%n";
        sb.append(String.format(java.util.Locale.ROOT, row, "Criterion", "Mean", "Scored replies"));
        for (String c : rubric.criterionIds()) {
            long n = t.replyScores().stream().filter(s -> s.score(c) != null).count();
            sb.append(String.format(java.util.Locale.ROOT, row, rubric.criterionName(c),
                    Decimals.oneOrNa(t.summary().scores().get(c)), n));
        }
        sb.append(String.format(java.util.Locale.ROOT, row, "Overall", Decimals.oneOrNa(t.summary().overall()), "")
                .stripTrailing()).append('\n');
        MitiFigures m = t.summary().miti();
        sb.append("\n  MITI 4.2.1 figures                 value   band         fair / good\n");
        sb.append(miti("Reflection-to-question ratio", m.reflectionToQuestion(), m.reflectionToQuestionBand(),
                "1.0 / 2.0"));
        sb.append(miti("Complex reflections (%)", m.percentComplexReflections(), m.complexReflectionBand(),
                "40 / 50"));
        sb.append(miti("Open questions (%)", m.percentOpenQuestions(), m.openQuestionBand(), "50 / 70"));
        sb.append("\n  Turns\n");
        for (GradedTurn turn : t.turns()) {
            String label = String.format(java.util.Locale.ROOT, "  %3d %-9s", turn.index(),
                    SpeakerLabels.label(turn.speaker()) + ":");
            wrap(sb, label, turn.text());
            if (turn.byTrainee()) annotations(sb, rubric, turn.score());
        }
    }

    private static String miti(String name, Double value, String band, String thresholds) {
        return String.format(java.util.Locale.ROOT, "  %-32s %7s   %-12s %s%n", name, Decimals.oneOrNa(value), band,
                thresholds);
    }

    private static void annotations(StringBuilder sb, RubricRef rubric, TurnScore s) {
        String indent = " ".repeat(15);
        String code = s.codes().behavior().json() + (s.codes().subtype() == null ? "" : " (" + s.codes().subtype().json() + ")");
        EmpathyMechanisms e = s.empathy();
        sb.append(indent).append("code: ").append(code).append('\n');
        sb.append(indent).append("EPITOME: emotional reactions ").append(level(e.emotionalReactions()))
                .append(", interpretations ").append(level(e.interpretations()))
                .append(", explorations ").append(level(e.explorations())).append('\n');
        List<String> scores = new ArrayList<>();
        for (String c : rubric.criterionIds()) {
            Integer v = s.score(c);
            scores.add(rubric.criterionName(c) + " " + (v == null ? "n/a" : v + "/5"));
        }
        sb.append(indent).append("scores: ").append(String.join(", ", scores)).append('\n');
        if (s.boundary() != null) sb.append(indent).append("boundary tested: ").append(s.boundary().id()).append('\n');
        if (!s.roadblocks().isEmpty()) {
            sb.append(indent).append("roadblocks: ").append(s.roadblocks().stream().map(Roadblock::json).sorted()
                    .collect(Collectors.joining(", "))).append('\n');
        }
        for (String ev : s.evidence()) wrap(sb, indent + "evidence: ", ev);
        for (String f : s.feedback()) wrap(sb, indent + "feedback: ", f);
    }

    private static String level(int mechanism) {
        return mechanism == 0 ? "none" : mechanism == 1 ? "weak" : "strong";
    }

    /** Appends {@code text} after {@code lead}, wrapped at the report width with hanging indent. */
    static void wrap(StringBuilder sb, String lead, String text) {
        sb.append(org.rapport.terminal.TextWrap.wrap(text, WIDTH, lead, org.rapport.terminal.TextWrap.hang(lead)));
    }

}
