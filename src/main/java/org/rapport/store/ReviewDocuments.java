package org.rapport.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapport.report.Html;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.session.SessionTurn;
import org.rapport.transcript.Speaker;

/**
 * A reviewed session as a document: JSON for other tools, and a printable HTML page (A4) with every
 * turn, the engine's and the reviewed scores, each override (withdrawals included) and each comment.
 * Every printed page carries the session id and the trainee.
 */
public final class ReviewDocuments {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReviewDocuments() {
    }

    @JsonPropertyOrder({"session", "trainee", "scenario", "status", "started", "ended", "rubric", "rubric_version", "turns",
            "comments", "engine_summary", "reviewed_summary", "graded", "score_problems", "unverified_client_lines",
            "client_rating", "client_rating_problem", "practise"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReviewJson(String session, String trainee, String scenario, String status, Instant started, Instant ended,
            String rubric, String rubricVersion, List<TurnJson> turns, List<CommentJson> comments, SummaryJson engineSummary,
            SummaryJson reviewedSummary, boolean graded, List<String> scoreProblems, List<Integer> unverifiedClientLines,
            ClientRatingJson clientRating, String clientRatingProblem, List<PractiseJson> practise) {
    }

    /** One of "three things to practise": the skill, the weakest reply, a better reply for it, the trainee's own model. */
    @JsonPropertyOrder({"skill", "criterion", "weakest", "suggestion", "model"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PractiseJson(String skill, String criterion, ReplyJson weakest, String suggestion, ReplyJson model) {
        static PractiseJson of(org.rapport.feedback.PractisePlan.Thing t) {
            return new PractiseJson(t.skill(), t.criterion(), ReplyJson.of(t.weakest(), t.criterion()), t.better(),
                    t.model() == null ? null : ReplyJson.of(t.model(), t.criterion()));
        }
    }

    /** A trainee reply quoted by the plan: its turn, its score on the skill's criterion, its text. */
    @JsonPropertyOrder({"turn", "score", "text"})
    record ReplyJson(int turn, Integer score, String text) {
        static ReplyJson of(org.rapport.feedback.PractisePlan.Reply r, String criterion) {
            return new ReplyJson(r.index(), r.score().score(criterion), r.text());
        }
    }

    /** The client's ratings of the session: {@code outcome_rating} (check-in), {@code session_rating}, ruptures, dropout risk. */
    @JsonPropertyOrder({"outcome_rating", "session_rating", "ruptures", "unrepaired", "dropout_risk"})
    record ClientRatingJson(org.rapport.alliance.OutcomeRating outcomeRating, org.rapport.alliance.SessionRating sessionRating,
            int ruptures, int unrepaired, boolean dropoutRisk) {
        static ClientRatingJson of(org.rapport.alliance.StoredRating r) {
            return r == null ? null : new ClientRatingJson(r.checkIn(), r.rating(), r.ruptures(), r.unrepaired(), r.dropoutRisk());
        }
    }

    /** {@code origin}, on client lines whose origin is on record: script, model, cut_short or fallback, with its cause. */
    @JsonPropertyOrder({"index", "speaker", "text", "beat", "origin", "origin_cause", "engine_scores", "reviewed_scores",
            "overrides", "comments"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TurnJson(int index, String speaker, String text, String beat, String origin, String originCause,
            Map<String, Integer> engineScores,
            Map<String, Integer> reviewedScores, List<OverrideJson> overrides, List<CommentJson> comments) {
    }

    /** {@code supervisorScore} null with {@code withdrawn} true: the override was withdrawn. */
    @JsonPropertyOrder({"criterion", "engine_score", "supervisor_score", "withdrawn", "by", "at", "note"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OverrideJson(String criterion, Integer engineScore, Integer supervisorScore, boolean withdrawn, String by,
            Instant at, String note) {
    }

    @JsonPropertyOrder({"turn", "author", "at", "text"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CommentJson(Integer turn, String author, Instant at, String text) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SummaryJson(Map<String, Double> scores, Double overall) {
    }

    /** The review as JSON, without "three things to practise" (no rubric skills to choose among). */
    public static String json(SessionReview review) {
        return json(review, List.of());
    }

    /** The review as JSON with "three things to practise" chosen among {@code skills} (the rubric's), as the text and HTML show. */
    public static String json(SessionReview review, List<org.rapport.rubric.FeedbackGuide.Skill> skills) {
        var r = review.record();
        List<TurnJson> turns = review.turns().stream().map(t -> {
            SessionTurn turn = t.turn();
            boolean scored = turn.score() != null;
            return new TurnJson(turn.index(), turn.speaker().json(), turn.text(), turn.beatId(),
                    turn.origin() == null ? null : turn.origin().kind().json(), turn.origin() == null ? null : turn.origin().cause(),
                    scored ? turn.score().scores() : null, scored ? t.reviewedScores() : null,
                    scored ? t.overrides().stream().map(ReviewDocuments::override).toList() : null,
                    t.comments().isEmpty() ? null : t.comments().stream().map(ReviewDocuments::comment).toList());
        }).toList();
        return SupervisorViews.json(new ReviewJson(r.id(), r.trainee(), r.scenarioId(), status(review), r.startedAt(),
                r.endedAt(), r.rubricId(), r.rubricVersion(), turns, review.sessionComments().stream().map(ReviewDocuments::comment).toList(),
                summary(review.engineSummary()), summary(review.reviewedSummary()), review.check().graded(),
                review.check().problems(), review.check().unverifiedLines(), ClientRatingJson.of(review.clientRating()),
                review.check().ratingProblem(),
                org.rapport.feedback.PractisePlan.of(skills, review.replies()).stream().map(PractiseJson::of).toList()));
    }

    private static OverrideJson override(ScoreOverride o) {
        return new OverrideJson(o.criterion(), o.engineScore(), o.supervisorScore(), o.withdrawn(), o.by(), o.at(), o.note());
    }

    private static CommentJson comment(SupervisorComment c) {
        return new CommentJson(c.turnIndex(), c.author(), c.at(), c.text());
    }

    private static SummaryJson summary(TranscriptSummary s) {
        return new SummaryJson(s.scores(), s.overall());
    }

    static String status(SessionReview review) {
        var r = review.record();
        if (r.status() == null) return "";
        long replies = review.turns().stream().filter(t -> t.turn().score() != null).count();
        String label = org.rapport.session.SessionReport.statusLabel(r, (int) replies);
        return review.check().graded() ? label : label + "; " + review.check().summary();
    }

    /** A printable page; the running header (a repeated table head) names the session and trainee on every page. */
    public static String html(SessionReview review, ZoneId zone) {
        return html(review, zone, List.of());
    }

    /** The printable page with "three things to practise" chosen among {@code skills} (the rubric's). */
    public static String html(SessionReview review, ZoneId zone, List<org.rapport.rubric.FeedbackGuide.Skill> skills) {
        var r = review.record();
        String who = "Session " + r.id() + " · trainee " + r.trainee() + " · scenario " + (r.scenarioId() == null ? "-" : r.scenarioId());
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                """);
        h.append("<title>").append(Html.escape("Review of " + who)).append("</title>\n");
        h.append("""
                <style>
                @page { size: A4; margin: 14mm 12mm; }
                body { font: 10.5pt/1.35 system-ui, sans-serif; color: #111; margin: 0 auto; max-width: 190mm; }
                h1 { font-size: 14pt; margin: 0 0 2mm; }
                .meta { color: #444; margin: 0 0 4mm; }
                table.turns { width: 100%; border-collapse: collapse; table-layout: fixed; }
                table.turns thead th { text-align: left; font-weight: normal; color: #555; font-size: 9pt;
                  border-bottom: 1px solid #999; padding: 1mm 0; }
                td { vertical-align: top; padding: 1.5mm 1mm; border-bottom: 1px solid #ddd;
                  overflow-wrap: anywhere; word-break: normal; hyphens: manual; }
                td.n { width: 8mm; color: #666; } td.who { width: 18mm; font-weight: 600; }
                td.scores { width: 52mm; font-size: 9pt; }
                .override, .comment, .origin { font-size: 9pt; margin-top: 1mm; }
                .origin { color: #6b4f00; font-style: italic; }
                .override { color: #7a3c00; } .comment { color: #0b4f7a; }
                tr { break-inside: avoid; page-break-inside: avoid; }
                table.summary { border-collapse: collapse; margin-top: 4mm; font-size: 10pt; }
                table.summary td, table.summary th { padding: 0.5mm 3mm 0.5mm 0; text-align: left; border: 0; }
                </style></head><body>
                """);
        h.append("<h1>").append(Html.escape("Review: " + r.trainee() + ", " + (r.scenarioId() == null ? "-" : r.scenarioId())))
                .append("</h1>\n<p class=\"meta\">").append(Html.escape("Session " + r.id() + " · " + status(review)
                        + " · started " + MINUTE.format(r.startedAt().atZone(zone))
                        + (r.endedAt() == null ? "" : " · ended " + MINUTE.format(r.endedAt().atZone(zone)))
                        + " · rubric " + SupervisorViews.rubric(r)))
                .append("</p>\n");
        if (review.check().unverifiedSummary() != null) {
            h.append("<p class=\"meta\">").append(Html.escape("Unverified: " + review.check().unverifiedSummary() + "."))
                    .append("</p>\n");
        }
        if (review.check().ratingProblem() != null) {
            h.append("<p class=\"meta\">").append(Html.escape("Client ratings not shown: " + review.check().ratingProblem()
                    + ".")).append("</p>\n");
        }
        h.append("<table class=\"turns\"><thead><tr><th colspan=\"4\">").append(Html.escape(who))
                .append("</th></tr></thead><tbody>\n");
        for (SessionReview.ReviewedTurn t : review.turns()) {
            SessionTurn turn = t.turn();
            h.append("<tr><td class=\"n\">").append(turn.index()).append("</td><td class=\"who\">")
                    .append(turn.speaker() == Speaker.CLIENT ? "Client" : "Trainee").append("</td><td>")
                    .append(Html.escape(turn.text()));
            if (turn.origin() != null && turn.origin().marked()) {
                h.append("<div class=\"origin\">").append(Html.escape(turn.origin().describe())).append("</div>");
            }
            for (ScoreOverride o : t.overrides()) {
                h.append("<div class=\"override\">").append(Html.escape(o.withdrawn()
                        ? "override of " + o.criterion() + " withdrawn by " + o.by() + ", " + MINUTE.format(o.at().atZone(zone)) + ": " + o.note()
                        : "override " + o.criterion() + " " + (o.engineScore() == null ? "n/a" : o.engineScore()) + " → "
                                + o.supervisorScore() + " by " + o.by() + ", " + MINUTE.format(o.at().atZone(zone)) + ": " + o.note()))
                        .append("</div>");
            }
            for (SupervisorComment c : t.comments()) {
                h.append("<div class=\"comment\">").append(Html.escape("comment (" + c.author() + ", "
                        + MINUTE.format(c.at().atZone(zone)) + "): " + c.text())).append("</div>");
            }
            h.append("</td><td class=\"scores\">");
            if (turn.score() != null) {
                StringBuilder scores = new StringBuilder();
                turn.score().scores().forEach((criterion, engine) -> {
                    Integer reviewed = t.reviewedScores().get(criterion);
                    scores.append(criterion.replace('_', ' ')).append(' ').append(engine == null ? "n/a" : engine);
                    if (!java.util.Objects.equals(engine, reviewed)) scores.append(" → ").append(reviewed).append(" (supervisor)");
                    scores.append('\n');
                });
                h.append(Html.escape(scores.toString().strip()).replace("\n", "<br>"));
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<table class=\"summary\"><tr><th>criterion</th><th>engine</th><th>reviewed</th></tr>\n");
        TranscriptSummary engine = review.engineSummary(), reviewed = review.reviewedSummary();
        for (String criterion : engine.scores().keySet()) {
            h.append("<tr><td>").append(Html.escape(criterion.replace('_', ' '))).append("</td><td>")
                    .append(number(engine.scores().get(criterion))).append("</td><td>")
                    .append(number(reviewed.scores().get(criterion))).append("</td></tr>\n");
        }
        h.append("<tr><td>overall</td><td>").append(number(engine.overall())).append("</td><td>")
                .append(number(reviewed.overall())).append("</td></tr></table>\n");
        var things = org.rapport.feedback.PractisePlan.of(skills, review.replies());
        if (!things.isEmpty()) {
            h.append("<h2>Three things to practise</h2>\n<ol class=\"practise\">");
            for (var t : things) {
                h.append("<li><b>").append(Html.escape(t.skill())).append("</b><br>Weakest: turn ").append(t.weakest().index())
                        .append(" &ldquo;").append(Html.escape(t.weakest().text().strip())).append("&rdquo;");
                if (t.better() != null) h.append("<br>One way to say it: &ldquo;").append(Html.escape(t.better())).append("&rdquo;");
                if (t.model() != null) h.append("<br>Own model: turn ").append(t.model().index()).append(" &ldquo;")
                        .append(Html.escape(t.model().text().strip())).append("&rdquo;");
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        }
        if (review.clientRating() != null) {
            h.append("<h2>The client's view</h2>\n<pre class=\"client-view\">")
                    .append(Html.escape(SupervisorViews.clientRating(review.clientRating()))).append("</pre>\n");
        }
        for (SupervisorComment c : review.sessionComments()) {
            h.append("<p class=\"comment\">").append(Html.escape("Comment (" + c.author() + ", "
                    + MINUTE.format(c.at().atZone(zone)) + "): " + c.text())).append("</p>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static String number(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }
}
