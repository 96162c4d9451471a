package org.rapport.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapport.report.TextTable;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.rubric.TurnScore;
import org.rapport.session.SessionTurn;

/** The supervisor's records as text for the terminal, and as JSON for other tools. */
public final class SupervisorViews {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SupervisorViews() {
    }

    // ---- trainees

    public static String trainees(List<Trainee> trainees, List<AssignmentStanding> standings) {
        if (trainees.isEmpty()) return "No trainees on record yet. `assign --trainee NAME --scenario ID` enrols one.";
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("TRAINEE", "SUPERVISOR", "ASSIGNED", "PASSED/DONE", "OVERDUE"));
        for (Trainee t : trainees) {
            List<AssignmentStanding> mine = standings.stream().filter(s -> s.assignment().trainee().equals(t.name()))
                    .toList();
            long complete = mine.stream().filter(s -> s.status() == AssignmentStatus.PASSED
                    || s.status() == AssignmentStatus.DONE).count();
            long overdue = mine.stream().filter(s -> s.status() == AssignmentStatus.OVERDUE).count();
            rows.add(List.of(t.name(), t.supervisor() == null ? "-" : t.supervisor(), String.valueOf(mine.size()),
                    String.valueOf(complete), String.valueOf(overdue)));
        }
        return TextTable.of(rows).render().stripTrailing();
    }

    // ---- assignments

    @JsonPropertyOrder({"trainee", "scenario", "status", "due", "min_score", "sessions", "finished", "best_overall",
            "last_session", "assigned_by", "assigned_at"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AssignmentRow(String trainee, String scenario, String status, LocalDate due, Double minScore, int sessions,
            int finished, Double bestOverall, Instant lastSession, String assignedBy, Instant assignedAt, int riskFlags) {
    }

    public static String assignments(List<AssignmentStanding> standings, boolean json, ZoneId zone) {
        List<AssignmentRow> rows = standings.stream().map(s -> new AssignmentRow(s.assignment().trainee(),
                s.assignment().scenarioId(), s.status().label(), s.assignment().due(), s.assignment().minScore(),
                s.sessions(), s.finished(), s.bestOverall(), s.lastSession(), s.assignment().assignedBy(),
                s.assignment().assignedAt(), s.riskFlags())).toList();
        if (json) return json(rows);
        if (rows.isEmpty()) return "No assignments.";
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("TRAINEE", "SCENARIO", "STATUS", "DUE", "MIN", "SESSIONS", "BEST", "LAST SESSION"));
        for (AssignmentRow r : rows) {
            table.add(List.of(r.trainee(), r.scenario(), r.status(), r.due() == null ? "-" : r.due().toString(),
                    number(r.minScore()), r.finished() + "/" + r.sessions(), number(r.bestOverall()),
                    r.lastSession() == null ? "-" : MINUTE.format(r.lastSession().atZone(zone))));
        }
        String out = TextTable.of(table).render().stripTrailing();
        // A missed or mishandled risk cue is the first thing a supervisor should look at.
        List<String> flagged = rows.stream().filter(r -> r.riskFlags() > 0)
                .map(r -> r.trainee() + " / " + r.scenario() + " (" + r.riskFlags() + (r.riskFlags() == 1 ? " reply)" : " replies)")).toList();
        if (!flagged.isEmpty()) out += "\n\nRisk flag: a risk cue was missed or mishandled in " + String.join(", ", flagged)
                + "; review those sessions first.";
        return out;
    }

    /** A view followed by what could not be counted in it (sessions not graded, rows not readable). */
    public static String withNotices(String view, List<String> notices) {
        if (notices.isEmpty()) return view;
        StringBuilder text = new StringBuilder(view).append("\n\n").append(notices.size() == 1 ? "1 session"
                : notices.size() + " sessions").append(" not counted:");
        notices.forEach(n -> text.append("\n  ").append(n));
        return text.toString();
    }

    // ---- progress

    public static String progress(ProgressReport report, boolean json, ZoneId zone) {
        if (json) {
            Map<String, Object> document = new java.util.LinkedHashMap<>();
            document.put("trainee", report.trainee());
            document.put("criteria", report.criteria());
            document.put("sessions", report.rows());
            document.put("sparklines", report.sparklines());
            document.put("not_counted", report.notices());
            return json(document);
        }
        if (report.rows().isEmpty()) {
            return withNotices(report.trainee() + " has no finished sessions yet.", report.notices());
        }
        List<String> criteria = report.criteria();
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("DATE", "SCENARIO", "SESSION"));
        criteria.forEach(c -> header.add(c.toUpperCase(Locale.ROOT).replace('_', ' ')));
        header.add("OVERALL");
        boolean rated = report.rows().stream().anyMatch(r -> r.clientRating() != null);
        if (rated) header.addAll(List.of("CLIENT RATING", "DROPOUT RISK"));
        table.add(header);
        for (ProgressReport.Row row : report.rows()) {
            List<String> cells = new ArrayList<>(List.of(MINUTE.format(row.startedAt().atZone(zone)),
                    row.scenarioId() == null ? "-" : row.scenarioId(), row.sessionId()));
            criteria.forEach(c -> cells.add(number(row.scores().get(c))));
            cells.add(number(row.overall()));
            if (rated) {
                cells.add(row.clientRating() == null ? "-"
                        : String.format(Locale.ROOT, "%.1f/40%s", row.clientRating(), Boolean.TRUE.equals(row.clientRatingFlagged()) ? " flagged" : ""));
                cells.add(Boolean.TRUE.equals(row.dropoutRisk()) ? "yes" : row.dropoutRisk() == null ? "-" : "no");
            }
            table.add(cells);
        }
        StringBuilder text = new StringBuilder("Progress of " + report.trainee() + " (reviewed scores, 1-5, one row per"
                + " finished session" + (rated ? "; the client's own rating of 40, modelled on the SRS" : "") + ")\n\n").append(TextTable.of(table).render().stripTrailing()).append("\n\n");
        int width = criteria.stream().mapToInt(String::length).max().orElse(7);
        for (Map.Entry<String, String> line : report.sparklines().entrySet()) {
            text.append(String.format("%-" + Math.max(width, 7) + "s  %s%n", line.getKey(), line.getValue()));
        }
        return withNotices(text.toString().stripTrailing(), report.notices());
    }

    // ---- review

    /** "core version 1", "core" when the version is not on record, "-" without a rubric. */
    static String rubric(org.rapport.session.SessionRecord r) {
        if (r.rubricId() == null) return "-";
        return r.rubricVersion() == null ? r.rubricId() : r.rubricId() + " version " + r.rubricVersion();
    }

    public static String review(SessionReview review, ZoneId zone) {
        return review(review, zone, List.of());
    }

    /** The review with "three things to practise" chosen among {@code skills} (the rubric's). */
    public static String review(SessionReview review, ZoneId zone, List<org.rapport.rubric.FeedbackGuide.Skill> skills) {
        var r = review.record();
        StringBuilder text = new StringBuilder();
        text.append("Session ").append(r.id()).append(" - ").append(r.trainee()).append(", scenario ")
                .append(r.scenarioId() == null ? "-" : r.scenarioId()).append(", ")
                .append(ReviewDocuments.status(review))
                .append("\nStarted ").append(MINUTE.format(r.startedAt().atZone(zone)))
                .append(r.endedAt() == null ? "" : ", ended " + MINUTE.format(r.endedAt().atZone(zone)))
                .append(", rubric ").append(rubric(r)).append("\n");
        List<String> riskTurns = review.turns().stream().filter(t -> t.turn().score() != null && t.turn().score().riskMishandled())
                .map(t -> String.valueOf(t.turn().index())).toList();
        if (!riskTurns.isEmpty()) {
            text.append("RISK FLAG: a risk cue was missed or mishandled at turn ").append(String.join(", ", riskTurns))
                    .append("; review these turns first.\n");
        }
        if (!review.check().graded()) {
            text.append("NOT GRADED: the stored scores are not the engine's; the summary leaves them out.\n");
            review.check().problems().forEach(p -> text.append("  ").append(p).append("\n"));
        }
        if (review.check().unverifiedSummary() != null) {
            text.append("UNVERIFIED: ").append(review.check().unverifiedSummary()).append(".\n");
        }
        if (review.check().ratingProblem() != null) {
            text.append("CLIENT RATINGS NOT SHOWN: ").append(review.check().ratingProblem()).append(".\n");
        }
        for (SessionReview.ReviewedTurn turn : review.turns()) {
            SessionTurn t = turn.turn();
            text.append("\n[").append(t.index()).append("] ");
            if (t.speaker() == org.rapport.transcript.Speaker.CLIENT) {
                text.append("Client: ").append(t.text());
                if (t.clientState() != null) {
                    text.append("\n    (trust ").append(t.clientState().trust()).append(", distress ")
                            .append(t.clientState().distress()).append(", disclosure ")
                            .append(t.clientState().disclosure()).append(t.beatId() == null ? "" : ", beat " + t.beatId())
                            .append(")");
                }
                if (t.origin() != null && t.origin().marked()) text.append("\n    line ").append(t.origin().describe());
            } else if (t.score() == null) {
                text.append("Trainee: ").append(t.text()).append("\n    (not scored)");
            } else {
                TurnScore s = t.score();
                text.append("Trainee: ").append(t.text()).append("\n    code: ").append(s.codes().behavior().json());
                if (s.codes().subtype() != null) text.append(" (").append(s.codes().subtype().json()).append(")");
                text.append("; empathy mechanisms: emotional reactions ").append(s.empathy().emotionalReactions())
                        .append(", interpretations ").append(s.empathy().interpretations()).append(", explorations ")
                        .append(s.empathy().explorations());
                if (s.boundary() != null) text.append("; boundary tested: ").append(s.boundary().id());
                if (s.risk() != null) text.append("; risk: ").append(s.risk().id()).append(s.riskMishandled() ? " (RISK FLAG)" : "");
                if (!s.roadblocks().isEmpty()) {
                    text.append("\n    roadblocks: ").append(String.join(", ",
                            s.roadblocks().stream().map(rb -> rb.json()).sorted().toList()));
                }
                text.append("\n    scores:");
                for (Map.Entry<String, Integer> score : s.scores().entrySet()) {
                    Integer reviewed = turn.reviewedScores().get(score.getKey());
                    text.append(" ").append(score.getKey()).append(" ").append(score.getValue() == null ? "n/a"
                            : score.getValue());
                    if (!java.util.Objects.equals(reviewed, score.getValue()) && reviewed != null) {
                        text.append(" -> ").append(reviewed).append(" (supervisor)");
                    }
                }
                TurnScore engineScore = review.rescored().get(t.index());
                if (engineScore != null && Rescoring.difference(s, engineScore) != null) {
                    text.append("\n    the engine gives this reply:");
                    engineScore.scores().forEach((c, v) -> text.append(" ").append(c).append(" ")
                            .append(v == null ? "n/a" : v));
                    text.append(" (stored scores above do not match)");
                }
                s.evidence().forEach(e -> text.append("\n    evidence: ").append(e));
                s.feedback().forEach(f -> text.append("\n    feedback: ").append(f));
                if (s.suggestion() != null) text.append("\n    one way to say it: ").append(org.rapport.terminal.TextWrap.quoted(s.suggestion()));
                for (ScoreOverride o : turn.overrides()) {
                    if (o.withdrawn()) {
                        text.append("\n    override of ").append(o.criterion()).append(" withdrawn by ").append(o.by())
                                .append(", ").append(MINUTE.format(o.at().atZone(zone))).append(": ").append(o.note());
                        continue;
                    }
                    text.append("\n    override: ").append(o.criterion()).append(" ")
                            .append(o.engineScore() == null ? "n/a" : o.engineScore()).append(" -> ")
                            .append(o.supervisorScore()).append(" by ").append(o.by()).append(", ")
                            .append(MINUTE.format(o.at().atZone(zone))).append(": ").append(o.note());
                }
            }
            for (SupervisorComment c : turn.comments()) {
                text.append("\n    comment (").append(c.author()).append(", ").append(MINUTE.format(c.at().atZone(zone)))
                        .append("): ").append(c.text());
            }
        }
        text.append("\n\nSummary (engine -> reviewed):");
        TranscriptSummary engine = review.engineSummary(), reviewed = review.reviewedSummary();
        for (String criterion : engine.scores().keySet()) {
            text.append("\n  ").append(String.format("%-18s", criterion)).append(number(engine.scores().get(criterion)))
                    .append(" -> ").append(number(reviewed.scores().get(criterion)));
        }
        text.append("\n  ").append(String.format("%-18s", "overall")).append(number(engine.overall())).append(" -> ")
                .append(number(reviewed.overall()));
        if (engine.miti() != null) {
            text.append("\n  MITI: reflection-to-question ").append(number(engine.miti().reflectionToQuestion()))
                    .append(" (").append(engine.miti().reflectionToQuestionBand()).append("), complex reflections ")
                    .append(percent(engine.miti().percentComplexReflections())).append(" (")
                    .append(engine.miti().complexReflectionBand()).append("), open questions ")
                    .append(percent(engine.miti().percentOpenQuestions())).append(" (")
                    .append(engine.miti().openQuestionBand()).append(")");
        }
        var things = org.rapport.feedback.PractisePlan.of(skills, review.replies());
        if (!things.isEmpty()) {
            text.append("\n\nThree things to practise:");
            org.rapport.feedback.PractisePlan.lines(things).forEach(line -> text.append("\n  ").append(line));
        }
        if (review.clientRating() != null) text.append("\n\n").append(clientRating(review.clientRating()));
        for (SupervisorComment c : review.sessionComments()) {
            text.append("\n\nComment (").append(c.author()).append(", ").append(MINUTE.format(c.at().atZone(zone)))
                    .append("): ").append(c.text());
        }
        return text.toString();
    }

    /** The client's own ratings of a session, as lines of text (modelled on the ORS and SRS). */
    static String clientRating(org.rapport.alliance.StoredRating r) {
        var o = r.checkIn();
        var s = r.rating();
        return String.format(Locale.ROOT, "The client's view (modelled on the ORS and SRS):%n"
                + "  check-in %.1f/40 (individually %.1f, interpersonally %.1f, socially %.1f, overall %.1f)%n"
                + "  session rating %.1f/40 (relationship %.1f, goals and topics %.1f, approach %.1f, overall %.1f)%s%n"
                + "  comment: \"%s\"%n  ruptures %d, unrepaired %d%s",
                o.total(), o.individually(), o.interpersonally(), o.socially(), o.overall(), s.total(), s.relationship(), s.goals(),
                s.approach(), s.overall(), s.flagged() ? " FLAGGED" : "", s.comment(), r.ruptures(), r.unrepaired(),
                r.dropoutRisk() ? "\n  DROPOUT RISK: the alliance was flagged or a rupture went unrepaired" : "");
    }

    // ---- formatting

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.0f%%", value);
    }
}
