package org.rapport.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.rapport.alliance.ClientRatings;
import org.rapport.alliance.RuptureEpisode;
import org.rapport.alliance.SessionMoment;
import org.rapport.feedback.PractisePlan;
import org.rapport.rubric.EmpathyMechanisms;
import org.rapport.rubric.MitiFigures;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.TurnScore;
import org.rapport.transcript.InputError;
import org.rapport.transcript.SpeakerLabels;
import org.rapport.transcript.Transcript;

/**
 * The grade as self-contained HTML pages: one per transcript (per-criterion charts, MITI figures
 * against the MITI 4.2.1 thresholds, the conversation with each reply annotated) and a cohort
 * {@code index.html}. No scripts, no external resources, charts as inline SVG; print styles keep
 * colours and avoid splitting a turn across pages. Everything quoted is escaped, and the page's
 * content security policy forbids scripts should anything slip through.
 */
public final class HtmlReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private HtmlReport() {
    }

    /** The file name of each transcript's page: its position and a slug of its id (never a path from the id). */
    public static String pageName(int position, String transcriptId) {
        String slug = transcriptId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        if (slug.length() > 60) slug = slug.substring(0, 60);
        if (slug.isEmpty()) slug = "transcript";
        return String.format(Locale.ROOT, "%03d-%s.html", position, slug);
    }

    /** Writes index.html and one page per transcript into {@code folder} (created when missing). */
    public static List<Path> write(GradeReport report, Path folder, Instant generatedAt) throws IOException {
        return write(report, folder, generatedAt, replaced -> { });
    }

    /** As above; {@code replaced} hears how many characters UTF-8 cannot hold were written as U+FFFD in all. */
    public static List<Path> write(GradeReport report, Path folder, Instant generatedAt,
            java.util.function.IntConsumer replaced) throws IOException {
        int count = 0;
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int k = 0; k < report.transcripts().size(); k++) {
            String name = pageName(k + 1, report.transcripts().get(k).id());
            pages.add(name);
            Path file = folder.resolve(name);
            count += OutputFile.write(file, transcriptPage(report.rubric(), report.transcripts().get(k), generatedAt));
            written.add(file);
        }
        Path index = folder.resolve("index.html");
        count += OutputFile.write(index, indexPage(report, pages, generatedAt));
        written.add(0, index);
        replaced.accept(count);
        return written;
    }

    // ---- pages -------------------------------------------------------------------------------

    static String indexPage(GradeReport report, List<String> pages, Instant generatedAt) {
        RubricRef rubric = report.rubric();
        StringBuilder b = new StringBuilder();
        head(b, "Cohort grade report");
        b.append("<header><h1>Cohort grade report</h1><p class=\"meta\">Rubric <b>").append(esc(rubric.id()))
                .append("</b> version ").append(esc(rubric.version())).append(" &middot; ")
                .append(report.transcripts().size()).append(" transcripts graded");
        if (report.hasErrors()) b.append(" &middot; <span class=\"bad\">").append(report.errors().size())
                .append(" could not be graded</span>");
        b.append(" &middot; generated ").append(WHEN.format(generatedAt)).append("</p></header>\n");

        if (!report.transcripts().isEmpty()) {
            b.append("<section><h2>Cohort means</h2>\n");
            List<Bar> bars = new ArrayList<>();
            for (String c : rubric.criterionIds()) {
                bars.add(new Bar(rubric.criterionName(c), mean(report.transcripts().stream()
                        .map(t -> t.summary().scores().get(c)).toList())));
            }
            bars.add(new Bar("Overall", mean(report.transcripts().stream().map(t -> t.summary().overall()).toList())));
            b.append(meansChart(bars, "Mean score per criterion across the cohort (1 to 5)"));
            b.append("</section>\n");

            b.append("<section><h2>Transcripts</h2>\n<table class=\"grid\"><thead><tr><th>Transcript</th>")
                    .append("<th>Trainee</th><th>Source</th><th class=\"num\">Replies</th>");
            for (String c : rubric.criterionIds()) b.append("<th class=\"num\">").append(esc(rubric.criterionName(c))).append("</th>");
            b.append("<th class=\"num\">Reflection : question</th><th class=\"num\">% complex reflections</th>")
                    .append("<th class=\"num\">% open questions</th><th class=\"num\">Overall</th></tr></thead><tbody>\n");
            for (int k = 0; k < report.transcripts().size(); k++) {
                GradedTranscript t = report.transcripts().get(k);
                MitiFigures m = t.summary().miti();
                b.append("<tr><td class=\"id\"><a href=\"").append(esc(pages.get(k))).append("\"").append(titled(t.id()))
                        .append(">").append(esc(shortened(t.id()))).append("</a></td><td")
                        .append(titled(Transcript.traineeOf(t.id()))).append(">")
                        .append(esc(shortened(Transcript.traineeOf(t.id()))))
                        .append("</td><td class=\"src\">").append(source(t.source())).append("</td><td class=\"num\">")
                        .append(t.replyCount()).append("</td>");
                for (String c : rubric.criterionIds()) b.append(scoreCell(t.summary().scores().get(c)));
                b.append(bandCell(m.reflectionToQuestion(), m.reflectionToQuestionBand()))
                        .append(bandCell(m.percentComplexReflections(), m.complexReflectionBand()))
                        .append(bandCell(m.percentOpenQuestions(), m.openQuestionBand()))
                        .append(scoreCell(t.summary().overall())).append("</tr>\n");
            }
            b.append("</tbody></table>\n<p class=\"note\">MITI 4.2.1 thresholds: reflection-to-question fair 1:1, good 2:1; ")
                    .append("complex reflections fair 40 %, good 50 %; open questions (earlier MITI versions) fair 50 %, ")
                    .append("good 70 %.</p></section>\n");
        }
        if (report.hasErrors()) {
            b.append("<section><h2>Inputs that could not be graded</h2><table class=\"grid\"><thead><tr><th>Source</th>")
                    .append("<th class=\"num\">Line</th><th>Field</th><th>Problem</th></tr></thead><tbody>\n");
            for (InputError e : report.errors()) {
                b.append("<tr><td class=\"src\">").append(source(e.source())).append("</td><td class=\"num\">")
                        .append(e.line() == null ? "" : e.line()).append("</td><td class=\"src\">")
                        .append(e.field() == null ? "" : esc(e.field())).append("</td><td>").append(esc(e.message()))
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table></section>\n");
        }
        foot(b);
        return b.toString();
    }

    static String transcriptPage(RubricRef rubric, GradedTranscript t, Instant generatedAt) {
        StringBuilder b = new StringBuilder();
        head(b, "Transcript " + t.id());
        b.append("<nav><a href=\"index.html\">&larr; Cohort</a></nav>\n");
        String trainee = Transcript.traineeOf(t.id());
        b.append("<header><h1>Transcript ").append(esc(t.id())).append("</h1><p class=\"meta\">Trainee <b>")
                .append(esc(trainee)).append("</b> &middot; ").append(source(t.source())).append(" &middot; rubric <b>").append(esc(rubric.id())).append("</b> version ")
                .append(esc(rubric.version())).append(" &middot; ").append(t.replyCount()).append(" trainee replies")
                .append(" &middot; generated ").append(WHEN.format(generatedAt)).append("</p></header>\n");

        if (!t.riskFlaggedTurns().isEmpty()) {
            // Flagged to the supervisor before anything else on the page.
            b.append("<section class=\"risk-flag\" role=\"alert\"><h2>Risk flag</h2><p>A risk cue was missed or mishandled at turn ")
                    .append(esc(t.riskFlaggedTurns().stream().map(String::valueOf).collect(Collectors.joining(", "))))
                    .append(". Review these turns first.</p></section>\n");
        }
        b.append("<section class=\"summary\"><h2>Summary</h2>\n<div class=\"cols\"><div>");
        List<Bar> bars = new ArrayList<>();
        for (String c : rubric.criterionIds()) bars.add(new Bar(rubric.criterionName(c), t.summary().scores().get(c)));
        bars.add(new Bar("Overall", t.summary().overall()));
        b.append(meansChart(bars, "Mean score per criterion (1 to 5)"));
        b.append("</div><div>");
        MitiFigures m = t.summary().miti();
        b.append("<table class=\"grid miti\"><caption>MITI 4.2.1 figures</caption><thead><tr><th>Figure</th>")
                .append("<th class=\"num\">Value</th><th>Band</th><th>Fair / good</th></tr></thead><tbody>\n");
        b.append(mitiRow("Reflection-to-question ratio", m.reflectionToQuestion(), m.reflectionToQuestionBand(),
                MitiFigures.RQ_FAIR, MitiFigures.RQ_GOOD, 4.0, "1:1 / 2:1"));
        b.append(mitiRow("Complex reflections (%)", m.percentComplexReflections(), m.complexReflectionBand(),
                MitiFigures.CR_FAIR, MitiFigures.CR_GOOD, 100.0, "40 % / 50 %"));
        b.append(mitiRow("Open questions (%)", m.percentOpenQuestions(), m.openQuestionBand(),
                MitiFigures.OQ_FAIR, MitiFigures.OQ_GOOD, 100.0, "50 % / 70 %"));
        b.append("</tbody></table></div></div>\n");
        b.append("<h3>Score per reply</h3><div class=\"per-reply\">\n");
        List<TurnScore> replies = t.replyScores();
        for (String c : rubric.criterionIds()) {
            b.append(replyChart(rubric.criterionName(c), replies.stream().map(s -> s.score(c)).toList()));
        }
        b.append("</div>");
        List<RuptureEpisode> ruptures = ruptures(t);
        if (!ruptures.isEmpty()) {
            long repaired = ruptures.stream().filter(RuptureEpisode::repaired).count();
            b.append("<p class=\"ruptures\">Ruptures in the client's lines: <b>").append(ruptures.size()).append("</b>, ")
                    .append(repaired).append(" repaired within ").append(ClientRatings.REPAIR_WINDOW).append(" replies (turn ")
                    .append(esc(ruptures.stream().map(r -> r.turn() + (r.repaired() ? " repaired at " + r.repairedAt() : " not repaired"))
                            .collect(Collectors.joining("; ")))).append(").</p>");
        }
        b.append("</section>\n");

        List<PractisePlan.Thing> things = PractisePlan.of(rubric.skills(), replies(t));
        if (!things.isEmpty()) {
            b.append("<section class=\"practise\"><h2>Three things to practise</h2><ol>\n");
            for (PractisePlan.Thing thing : things) {
                b.append("<li><b>").append(esc(thing.skill())).append("</b><ul>");
                b.append("<li>Your weakest: turn ").append(thing.weakest().index()).append(" (").append(thing.weakest().score().score(thing.criterion()))
                        .append("/5): &ldquo;").append(esc(thing.weakest().text().strip())).append("&rdquo;</li>");
                if (thing.better() != null) b.append("<li>One way to say it: &ldquo;").append(esc(thing.better())).append("&rdquo;</li>");
                if (thing.model() != null) {
                    b.append("<li>Your own model: turn ").append(thing.model().index()).append(" (").append(thing.model().score().score(thing.criterion()))
                            .append("/5): &ldquo;").append(esc(thing.model().text().strip())).append("&rdquo;</li>");
                }
                b.append("</ul></li>\n");
            }
            b.append("</ol></section>\n");
        }

        // A table whose head repeats on every printed page: each page names the transcript and trainee.
        b.append("<section><h2>Conversation</h2>\n<table class=\"conversation\"><thead><tr><th>Transcript ")
                .append(esc(t.id())).append(" &middot; trainee ").append(esc(trainee)).append("</th></tr></thead><tbody>\n");
        int reply = 0;
        for (GradedTurn turn : t.turns()) {
            String who = turn.byTrainee() ? "trainee" : "client";
            b.append("<tr><td><div class=\"turn ").append(who).append("\"><div class=\"who\">").append(turn.index()).append(" &middot; ")
                    .append(SpeakerLabels.label(turn.speaker()));
            if (turn.byTrainee()) b.append(" &middot; reply ").append(++reply);
            b.append("</div><p class=\"text\">").append(esc(turn.text())).append("</p>");
            if (!turn.byTrainee() && turn.clientRupture() != null) ruptureMark(b, turn, ruptures);
            if (turn.byTrainee()) {
                for (RuptureEpisode r : ruptures) {
                    if (r.repaired() && r.repairedAt() == turn.index()) {
                        b.append("<div class=\"notes\"><span class=\"badge repair\">repairs the ").append(esc(r.kind().id()))
                                .append(" rupture of turn ").append(r.turn()).append("</span></div>");
                    }
                }
                annotations(b, rubric, turn.score());
            }
            b.append("</div></td></tr>\n");
        }
        b.append("</tbody></table></section>\n");
        foot(b);
        return b.toString();
    }

    /** The rupture episodes of a graded transcript: each rupture line after the opening one and its repair, if any. */
    static List<RuptureEpisode> ruptures(GradedTranscript t) {
        List<SessionMoment> moments = new ArrayList<>();
        for (GradedTurn turn : t.turns()) {
            moments.add(turn.byTrainee() ? SessionMoment.reply(turn.index(), turn.text(), turn.score())
                    : SessionMoment.client(turn.index(), turn.text(), null, turn.clientRupture()));
        }
        return ClientRatings.ruptures(moments);
    }

    /** A client line's rupture and what became of it; the opening line is how the client arrives, not a reaction. */
    private static void ruptureMark(StringBuilder b, GradedTurn turn, List<RuptureEpisode> ruptures) {
        RuptureEpisode episode = ruptures.stream().filter(r -> r.turn() == turn.index()).findFirst().orElse(null);
        b.append("<div class=\"notes\"><span class=\"badge rupture\">rupture: ").append(esc(turn.clientRupture().id()));
        if (episode == null) b.append(" &middot; the opening line, not a reaction to the trainee");
        else if (episode.repaired()) b.append(" &middot; repaired at turn ").append(episode.repairedAt());
        else b.append(" &middot; <b>not repaired</b> within ").append(ClientRatings.REPAIR_WINDOW).append(" replies");
        b.append("</span></div>");
    }

    /** The trainee's replies with the client line each answered. */
    static List<PractisePlan.Reply> replies(GradedTranscript t) {
        List<PractisePlan.Reply> out = new ArrayList<>();
        String client = "";
        for (GradedTurn turn : t.turns()) {
            if (!turn.byTrainee()) client = turn.text();
            else out.add(new PractisePlan.Reply(turn.index(), client, turn.text(), turn.score()));
        }
        return out;
    }

    private static void annotations(StringBuilder b, RubricRef rubric, TurnScore s) {
        b.append("<div class=\"notes\"><span class=\"badge code\">").append(esc(s.codes().behavior().json()));
        if (s.codes().subtype() != null) b.append(" &middot; ").append(esc(s.codes().subtype().json()));
        b.append("</span>");
        for (String c : rubric.criterionIds()) {
            Integer v = s.score(c);
            b.append("<span class=\"badge ").append(level(v == null ? null : v.doubleValue())).append("\">")
                    .append(esc(rubric.criterionName(c))).append(' ').append(v == null ? "n/a" : v + "/5").append("</span>");
        }
        EmpathyMechanisms e = s.empathy();
        b.append("<span class=\"badge epitome\">EPITOME: emotional reactions ").append(mechanism(e.emotionalReactions()))
                .append(", interpretations ").append(mechanism(e.interpretations())).append(", explorations ")
                .append(mechanism(e.explorations())).append("</span>");
        if (s.boundary() != null) b.append("<span class=\"badge boundary\">boundary tested: ").append(esc(s.boundary().id()))
                .append("</span>");
        if (s.risk() != null) b.append("<span class=\"badge risk\">risk: ").append(esc(s.risk().id()))
                .append(s.riskMishandled() ? " &middot; flagged" : "").append("</span>");
        if (!s.roadblocks().isEmpty()) {
            b.append("<span class=\"badge roadblock\">roadblocks: ").append(esc(s.roadblocks().stream().map(Roadblock::json)
                    .sorted().collect(Collectors.joining(", ")))).append("</span>");
        }
        if (!s.evidence().isEmpty()) {
            b.append("<div class=\"list-label\">Evidence</div><ul class=\"evidence\">");
            s.evidence().forEach(x -> b.append("<li>").append(esc(x)).append("</li>"));
            b.append("</ul>");
        }
        if (!s.feedback().isEmpty()) {
            b.append("<div class=\"list-label\">Feedback</div><ul class=\"feedback\">");
            s.feedback().forEach(x -> b.append("<li>").append(esc(x)).append("</li>"));
            b.append("</ul>");
        }
        if (s.suggestion() != null) {
            b.append("<div class=\"list-label\">One way to say it</div><p class=\"suggestion\">&ldquo;").append(esc(s.suggestion()))
                    .append("&rdquo;</p>");
        }
        b.append("</div>");
    }

    private static String mechanism(int level) {
        return switch (level) {
            case 0 -> "none";
            case 1 -> "weak";
            default -> "strong";
        };
    }

    // ---- charts ------------------------------------------------------------------------------

    record Bar(String label, Double value) {
    }

    /** Horizontal bars on a 1–5 scale, one per criterion, with gridlines at each level. */
    static String meansChart(List<Bar> bars, String title) {
        int labelW = 150, plotW = 300, rowH = 26, top = 8, w = labelW + plotW + 50, h = top + rowH * bars.size() + 22;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" aria-label=\"")
                .append(esc(title)).append("\"><title>").append(esc(title)).append("</title>");
        for (int level = 0; level <= 5; level++) {
            double x = labelW + plotW * level / 5.0;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"gridline\"/>",
                    x, top, x, top + rowH * bars.size()));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%d</text>",
                    x, h - 6, level));
        }
        for (int k = 0; k < bars.size(); k++) {
            Bar bar = bars.get(k);
            int y = top + rowH * k;
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"end\">%s</text>",
                    labelW - 8, y + 17, esc(bar.label())));
            if (bar.value() == null) {
                s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"na\">not applicable</text>",
                        labelW + 6, y + 17));
            } else {
                double bw = plotW * Math.max(0, Math.min(5, bar.value())) / 5.0;
                s.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"bar %s\"/>", labelW, y + 4, bw,
                        rowH - 8, level(bar.value())));
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>",
                        labelW + bw + 6, y + 17, Decimals.one(bar.value())));
            }
        }
        return s.append("</svg>\n").toString();
    }

    /** One small bar per trainee reply for a criterion; a dash where the criterion did not apply. */
    static String replyChart(String criterion, List<Integer> scores) {
        int n = Math.max(1, scores.size()), barW = Math.max(6, Math.min(24, 480 / n)), gap = 3, plotH = 60, left = 22;
        int w = left + n * (barW + gap) + 4, h = plotH + 30;
        StringBuilder s = new StringBuilder("<figure class=\"reply-chart\"><figcaption>").append(esc(criterion))
                .append("</figcaption>");
        s.append("<svg role=\"img\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\"><title>").append(esc(criterion))
                .append(" score per reply</title>");
        for (int level = 1; level <= 5; level += 2) {
            int y = 6 + plotH - plotH * level / 5;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"gridline\"/>"
                    + "<text x=\"2\" y=\"%d\" class=\"axis\">%d</text>", left, y, w, y, y + 4, level));
        }
        for (int k = 0; k < scores.size(); k++) {
            int x = left + k * (barW + gap);
            Integer v = scores.get(k);
            if (v == null) {
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"2\" class=\"na-mark\"/>",
                        x, 6 + plotH - 2, barW));
            } else {
                int bh = plotH * v / 5;
                s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"bar %s\">"
                        + "<title>reply %d: %d</title></rect>", x, 6 + plotH - bh, barW, bh, level(v.doubleValue()), k + 1, v));
            }
            if (scores.size() <= 30 || (k + 1) % 5 == 0) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"axis\" text-anchor=\"middle\">%d</text>",
                        x + barW / 2.0, h - 6, k + 1));
            }
        }
        return s.append("</svg></figure>\n").toString();
    }

    /** A MITI figure with a gauge marking the fair and good thresholds. */
    private static String mitiRow(String name, Double value, String band, double fair, double good, double max,
            String thresholds) {
        double scale = Math.max(max, value == null ? 0 : value);
        int gw = 160, gh = 14;
        StringBuilder g = new StringBuilder();
        g.append("<svg class=\"gauge\" viewBox=\"0 0 ").append(gw).append(' ').append(gh).append("\" width=\"").append(gw)
                .append("\" height=\"").append(gh).append("\"><rect x=\"0\" y=\"3\" width=\"").append(gw)
                .append("\" height=\"8\" class=\"track\"/>");
        if (value != null) {
            g.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"3\" width=\"%.1f\" height=\"8\" class=\"bar %s\"/>",
                    gw * value / scale, bandClass(band)));
        }
        for (double t : new double[] {fair, good}) {
            g.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" class=\"threshold\"/>",
                    gw * t / scale, gw * t / scale, gh));
        }
        g.append("</svg>");
        return "<tr><td>" + esc(name) + "<br>" + g + "</td><td class=\"num\">" + Decimals.oneOrNa(value)
                + "</td><td><span class=\"band " + bandClass(band) + "\">" + esc(band) + "</span></td><td>" + esc(thresholds)
                + "</td></tr>\n";
    }

    private static String scoreCell(Double v) {
        return "<td class=\"num " + (v == null ? "" : level(v)) + "\">" + Decimals.oneOrNa(v) + "</td>";
    }

    private static String bandCell(Double v, String band) {
        return "<td class=\"num\">" + Decimals.oneOrNa(v) + (v == null ? "" : " <span class=\"band " + bandClass(band)
                + "\">" + esc(band) + "</span>") + "</td>";
    }

    private static String bandClass(String band) {
        return switch (band) {
            case "good" -> "good";
            case "fair" -> "fair";
            case "below fair" -> "low";
            default -> "none";
        };
    }

    /** Colour class of a 1–5 score: below 2.5 low, below 3.5 fair, else good. */
    private static String level(Double v) {
        if (v == null) return "none";
        return v < 2.5 ? "low" : v < 3.5 ? "fair" : "good";
    }

    private static Double mean(List<Double> values) {
        List<Double> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) return null;
        return Math.round(present.stream().mapToDouble(Double::doubleValue).average().orElseThrow() * 10.0) / 10.0;
    }

    private static String esc(String s) {
        return Html.escape(s);
    }

    /** A file path that may wrap only after a separator (/ \\ - _ .), never inside a word. */
    static String source(String path) {
        return esc(path).replaceAll("([/\\\\_.-])", "$1<wbr>");
    }

    // ---- frame -------------------------------------------------------------------------------

    private static void head(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append("</title>\n<style>").append(CSS).append("</style></head><body>\n");
    }

    /** Ids and names longer than this are shortened in tables (the whole text is the cell's tooltip). */
    static final int SHOWN_ID_CHARS = 60;

    /** An id for a table cell: as it is, or its start and an ellipsis when it would push the figures off the page. */
    static String shortened(String id) {
        if (id == null || id.length() <= SHOWN_ID_CHARS) return id;
        int end = Character.isHighSurrogate(id.charAt(SHOWN_ID_CHARS - 1)) ? SHOWN_ID_CHARS - 1 : SHOWN_ID_CHARS;
        return id.substring(0, end) + "…";
    }

    /** A title attribute with the whole text, only where the cell shows it shortened. */
    private static String titled(String id) {
        return id == null || id.length() <= SHOWN_ID_CHARS ? "" : " title=\"" + esc(id) + "\"";
    }

    private static void foot(StringBuilder b) {
        b.append("<footer>Scores are a training aid for supervision: they describe counseling skills in a practice ")
                .append("conversation, not a client's condition.</footer>\n</body></html>\n");
    }

    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2329;max-width:1000px;margin:24px auto;padding:0 16px;overflow-wrap:anywhere}
            td.id{max-width:16em;overflow-wrap:anywhere}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;border-bottom:1px solid #d5dbe1;padding-bottom:3px;margin-top:28px}
            h3{font-size:14px;margin:18px 0 6px}.meta{color:#56616b;margin:0}nav a{color:#2f5f8a}
            .cols{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
            table.grid{border-collapse:collapse;width:100%;font-size:13px}table.grid th,table.grid td{border:1px solid #d5dbe1;padding:4px 6px;text-align:left;vertical-align:top}
            table.grid th{background:#f1f4f7}table.miti{width:auto}caption{text-align:left;font-weight:600;padding-bottom:4px}
            td.num,th.num{text-align:right}td.src{color:#56616b;word-break:normal;overflow-wrap:break-word}
            table.conversation{border-collapse:collapse;width:100%}table.conversation>thead th{text-align:left;font-weight:normal;font-size:11px;color:#6b7680;padding:0 0 2px}
            table.conversation td{padding:0}
            .note{color:#56616b;font-size:12px}
            svg text{font:11px system-ui,sans-serif;fill:#1d2329}svg .axis{fill:#6b7680;font-size:10px}svg .na{fill:#6b7680;font-style:italic}
            .gridline{stroke:#e3e7eb;stroke-width:1}.threshold{stroke:#1d2329;stroke-width:1.5}.track{fill:#e9edf1}
            .bar.good{fill:#3d8f5f}.bar.fair{fill:#d9a03a}.bar.low{fill:#c4534a}.bar.none{fill:#9aa5b1}.na-mark{fill:#9aa5b1}
            td.good{background:#e3f2e8}td.fair{background:#fbf0d9}td.low{background:#f7e0de}
            .band{display:inline-block;padding:0 5px;border-radius:3px;font-size:11px}
            .band.good{background:#e3f2e8;color:#22603b}.band.fair{background:#fbf0d9;color:#7a5410}.band.low{background:#f7e0de;color:#8a2b23}.band.none{color:#6b7680}
            .per-reply{display:flex;flex-wrap:wrap;gap:12px}figure{margin:0}figcaption{font-size:12px;font-weight:600}
            .turn{border-left:4px solid #c9d1d9;padding:6px 10px;margin:8px 0;break-inside:avoid;page-break-inside:avoid}
            .turn.client{background:#f7f8fa}.turn.trainee{border-left-color:#2f5f8a;background:#fff}
            .who{font-size:11px;color:#56616b;text-transform:uppercase;letter-spacing:.04em}.text{margin:2px 0 4px;white-space:pre-wrap}
            .badge{display:inline-block;font-size:11px;padding:1px 6px;margin:2px 4px 2px 0;border-radius:3px;background:#eef1f4}
            .badge.code{background:#dfe9f3;color:#1f4566}.badge.good{background:#e3f2e8}.badge.fair{background:#fbf0d9}.badge.low{background:#f7e0de}
            .badge.rupture{background:#fbe7d3;color:#7a3b10}.badge.repair{background:#e3f2e8;color:#22603b}
            .badge.roadblock{background:#f7e0de;color:#8a2b23}.badge.boundary{background:#ece3f5;color:#4b2d6b}
            ul.evidence,ul.feedback{margin:4px 0 0 0;padding-left:18px;font-size:12.5px}ul.evidence{color:#56616b}ul.feedback li::marker{content:"\\2192  "}
            .list-label{font-size:11px;font-weight:600;color:#56616b;margin-top:4px}
            .bad{color:#8a2b23;font-weight:600}footer{margin-top:32px;color:#6b7680;font-size:11px;border-top:1px solid #d5dbe1;padding-top:6px}
            @media print{
              @page{size:A4;margin:14mm}
              body{max-width:none;margin:0;padding:0;font-size:10.5pt}
              nav{display:none}
              *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
              a{color:inherit;text-decoration:none}
              body{font-size:9.5pt;line-height:1.3}
              h1{font-size:15pt}h2{font-size:12pt;margin-top:10px}h3{margin:8px 0 4px}
              table.grid tr,figure,.turn{break-inside:avoid;page-break-inside:avoid}
              h2,h3{break-after:avoid;page-break-after:avoid}
              .cols{gap:10px}svg.chart{width:88mm;height:auto}.per-reply{gap:6px}.per-reply svg{max-width:58mm;height:auto}
              .turn{margin:3px 0;padding:3px 7px}ul.evidence,ul.feedback{font-size:8.5pt}.badge{font-size:8pt}
              footer{margin-top:10px}
            }
            """;
}
