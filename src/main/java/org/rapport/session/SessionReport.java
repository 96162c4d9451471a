package org.rapport.session;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rapport.client.ClientState;
import org.rapport.feedback.PractisePlan;
import org.rapport.rubric.Criterion;
import org.rapport.rubric.MitiFigures;
import org.rapport.rubric.Roadblock;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.rubric.TurnScore;
import org.rapport.scenario.ObjectiveAssessment;
import org.rapport.scenario.ObjectiveResult;
import org.rapport.scenario.SessionOutcome;

/**
 * The report a trainee reads at the end of a session: how each criterion went (with the best and the
 * weakest reply quoted), the MITI figures against their thresholds, the learning objectives met or
 * missed, and what to practise next.
 */
public record SessionReport(SessionRecord session, String scenarioTitle, int replies, List<CriterionResult> criteria,
        MitiFigures miti, Double overall, ClientState finalState, List<ObjectiveResult> objectives,
        Map<Roadblock, Integer> roadblocks, List<String> practiseNext, List<PractisePlan.Thing> threeThings,
        List<PractisePlan.Reply> answered, org.rapport.alliance.AllianceReport alliance) {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int QUOTE = 90, WIDTH = 88;

    public SessionReport {
        criteria = List.copyOf(criteria);
        objectives = List.copyOf(objectives);
        roadblocks = Map.copyOf(roadblocks);
        practiseNext = List.copyOf(practiseNext);
        threeThings = List.copyOf(threeThings);
        answered = List.copyOf(answered);
    }

    /** One criterion over the session; {@code best}/{@code weakest} are null when it never applied. */
    public record CriterionResult(Criterion criterion, Double mean, int applied, SessionTurn best, SessionTurn weakest) {
    }

    public static SessionReport of(PracticeSession session) {
        List<SessionTurn> replies = session.replies();
        TranscriptSummary summary = session.summary();
        List<CriterionResult> criteria = new ArrayList<>();
        for (Criterion c : session.engine().rubric().criteria()) {
            List<SessionTurn> scored = replies.stream().filter(t -> t.score().score(c.id()) != null).toList();
            Comparator<SessionTurn> byScore = Comparator.comparingInt(t -> t.score().score(c.id()));
            // ties: the earliest best reply, the latest weakest one (the most recent habit to work on)
            SessionTurn best = scored.stream().max(byScore.thenComparing(Comparator.comparingInt(SessionTurn::index).reversed()))
                    .orElse(null);
            SessionTurn weakest = scored.stream().min(byScore.thenComparing(Comparator.comparingInt(SessionTurn::index).reversed()))
                    .orElse(null);
            criteria.add(new CriterionResult(c, summary.scores().get(c.id()), scored.size(), best, weakest));
        }
        Map<Roadblock, Integer> roadblocks = new EnumMap<>(Roadblock.class);
        session.scores().forEach(s -> s.roadblocks().forEach(r -> roadblocks.merge(r, 1, Integer::sum)));
        List<ObjectiveResult> met = ObjectiveAssessment.assess(session.scenario().objectives(),
                outcome(session));
        org.rapport.alliance.AllianceReport alliance = session.alliance();
        List<String> next = new ArrayList<>(replies.isEmpty() ? List.of(Practice.NO_REPLIES + " (start " + session.scenario().id() + ")")
                : practiseNext(criteria, summary.miti(), roadblocks));
        if (!replies.isEmpty() && alliance.unrepaired() > 0) next.add(0, Practice.REPAIR_RUPTURES);
        return new SessionReport(session.record(), session.scenario().title(), replies.size(), criteria, summary.miti(),
                summary.overall(), session.clientState(), replies.isEmpty() ? List.of() : met, roadblocks, next,
                PractisePlan.of(session.engine().rubric(), answered(session)), answered(session), alliance);
    }

    /** Each scored reply with the client line it answered. */
    static List<PractisePlan.Reply> answered(PracticeSession session) {
        List<PractisePlan.Reply> out = new ArrayList<>();
        String clientLine = "";
        for (SessionTurn t : session.turns()) {
            if (t.speaker() == org.rapport.transcript.Speaker.CLIENT) clientLine = t.text();
            else if (t.score() != null) out.add(new PractisePlan.Reply(t.index(), clientLine, t.text(), t.score()));
        }
        return out;
    }

    /** The session as objectives judge it: each scored reply with the beat of the client line it answered. */
    static SessionOutcome outcome(PracticeSession session) {
        List<SessionOutcome.Reply> replies = new ArrayList<>();
        Map<String, Integer> firstReached = new java.util.HashMap<>();
        String answering = null;
        for (SessionTurn t : session.turns()) {
            if (t.speaker() == org.rapport.transcript.Speaker.CLIENT) {
                answering = t.beatId();
                if (t.beatId() != null) firstReached.putIfAbsent(t.beatId(), t.index());
            } else if (t.score() != null) {
                replies.add(new SessionOutcome.Reply(t.index(), answering, t.score()));
            }
        }
        return new SessionOutcome(session.reachedBeats(), session.summary(), session.clientState(), replies, firstReached);
    }

    /**
     * What to practise next: the weakest criterion's skill first, then the roadblocks seen most, then MITI
     * figures below the fair threshold.
     */
    static List<String> practiseNext(List<CriterionResult> criteria, MitiFigures miti, Map<Roadblock, Integer> roadblocks) {
        Set<String> advice = new LinkedHashSet<>();
        criteria.stream().filter(c -> c.mean() != null && c.mean() < 4.5)
                .min(Comparator.comparingDouble(CriterionResult::mean))
                .ifPresent(c -> advice.add(Practice.forCriterion(c.criterion())));
        roadblocks.entrySet().stream()
                .sorted(Map.Entry.<Roadblock, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(2)
                .forEach(e -> advice.add(Practice.forRoadblock(e.getKey())));
        if (miti.reflectionToQuestion() != null && miti.reflectionToQuestion() < MitiFigures.RQ_FAIR) {
            advice.add(Practice.MORE_REFLECTIONS);
        }
        if (miti.percentComplexReflections() != null && miti.percentComplexReflections() < MitiFigures.CR_FAIR) {
            advice.add(Practice.COMPLEX_REFLECTIONS);
        }
        if (miti.percentOpenQuestions() != null && miti.percentOpenQuestions() < MitiFigures.OQ_FAIR) {
            advice.add(Practice.OPEN_QUESTIONS);
        }
        if (advice.isEmpty()) advice.add(Practice.KEEP_GOING);
        return List.copyOf(advice);
    }

    /** The report as printable text (plain characters, under 100 columns). */
    public String render() {
        return render(false);
    }

    /**
     * The report as printable text; {@code everyReply} adds the feedback on each reply (an exam's
     * feedback, held back during the session).
     */
    public String render(boolean everyReply) {
        StringBuilder out = new StringBuilder();
        String title = "Session report: " + scenarioTitle;
        out.append(title).append('\n').append("=".repeat(Math.min(title.length(), 78))).append('\n');
        out.append(String.format(Locale.ROOT, "Trainee %s · session %s · started %s · %d %s · %s%n", session.trainee(),
                session.id(), STARTED.format(session.startedAt()), replies, replies == 1 ? "reply" : "replies",
                statusLabel(session, replies)));

        out.append("\nCriterion scores (1-5)\n");
        for (CriterionResult c : criteria) {
            String name = LiveFeedback.label(c.criterion());
            if (c.mean() == null) {
                out.append(String.format(Locale.ROOT, "  %-20s  n/a   (did not come up this session)%n", name));
                continue;
            }
            out.append(String.format(Locale.ROOT, "  %-20s %4.1f  %s  (%d %s)%n", name, c.mean(), scale(c.mean()),
                    c.applied(), c.applied() == 1 ? "reply" : "replies"));
            if (c.best() == c.weakest() || scoreOf(c.best(), c) == scoreOf(c.weakest(), c)) {
                out.append(wrap(quote(c.best(), c), c.applied() == 1 ? "      only reply: " : "      all scored alike, e.g. ", "        "));
            } else {
                out.append(wrap(quote(c.best(), c), "      best:    ", "               "));
                out.append(wrap(quote(c.weakest(), c), "      weakest: ", "               "));
            }
        }
        if (overall != null) out.append(String.format(Locale.ROOT, "  %-20s %4.1f%n", "overall", overall));

        out.append(String.format(Locale.ROOT, "%nMITI figures%n  %-26s %9s %7s %7s   %s%n", "", "value", "fair", "good", "band"));
        out.append(miti("reflection-to-question", miti.reflectionToQuestion(), MitiFigures.RQ_FAIR, MitiFigures.RQ_GOOD, ""));
        out.append(miti("complex reflections", miti.percentComplexReflections(), MitiFigures.CR_FAIR, MitiFigures.CR_GOOD, "%"));
        out.append(miti("open questions", miti.percentOpenQuestions(), MitiFigures.OQ_FAIR, MitiFigures.OQ_GOOD, "%"));

        if (!roadblocks.isEmpty()) {
            out.append("\nRoadblocks to listening: ").append(roadblocks.entrySet().stream()
                    .sorted(Map.Entry.<Roadblock, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> e.getKey().json().replace('_', '-') + " x" + e.getValue())
                    .collect(Collectors.joining(", "))).append('\n');
        }

        out.append("\nThe client at the end\n  ").append(RapportMeter.render(finalState)).append('\n');
        if (replies > 0) out.append(clientView(alliance));

        out.append("\nLearning objectives\n");
        if (replies == 0) out.append("  (not judged: there were no replies)\n");
        else if (objectives.isEmpty()) out.append("  (this scenario sets none)\n");
        for (ObjectiveResult o : objectives) {
            out.append(wrap(o.objective().text(), o.met() ? "  [met]    " : "  [missed] ", "           "));
            o.shortfalls().forEach(why -> out.append(wrap(why, "           - ", "             ")));
        }

        if (!threeThings.isEmpty()) {
            out.append("\nThree things to practise\n");
            for (String line : PractisePlan.lines(threeThings)) {
                int indent = line.length() - line.stripLeading().length();
                out.append(wrap(line.strip(), "  " + " ".repeat(indent), "  " + " ".repeat(indent + 3)));
            }
        }

        if (everyReply && !answered.isEmpty()) {
            out.append("\nFeedback on each reply\n");
            for (PractisePlan.Reply r : answered) {
                out.append(wrap("\"" + r.text().strip() + "\"", String.format(Locale.ROOT, "  turn %d: ", r.index()), "           "));
                List<String> feedback = r.score().feedback();
                for (int i = 0; i < feedback.size(); i++) {
                    out.append(wrap(feedback.get(i), i == 0 ? "    first: " : "    also:  ", "           "));
                }
                if (r.score().suggestion() != null) {
                    out.append(wrap("\"" + r.score().suggestion() + "\"", "    one way to say it: ", "           "));
                }
            }
        }

        out.append("\nWhat to practise next\n");
        practiseNext.forEach(p -> out.append(wrap(p, "  - ", "    ")));
        return out.toString();
    }

    /**
     * The client's own view: the check-in at the start, the rating at the end with the comment, each
     * rupture with its repair and what it did to trust, and the dropout-risk flag.
     */
    static String clientView(org.rapport.alliance.AllianceReport a) {
        StringBuilder out = new StringBuilder("\nThe client's view (modelled on the ORS and SRS, Miller, Duncan et al.)\n");
        org.rapport.alliance.OutcomeRating o = a.checkIn();
        // the items go under their total, so the block stays inside the report's width
        out.append(String.format(Locale.ROOT, "  check-in at the start    %4.1f / 40%n", o.total()));
        out.append(String.format(Locale.ROOT, "      individually %.1f, interpersonally %.1f, socially %.1f, overall %.1f%n",
                o.individually(), o.interpersonally(), o.socially(), o.overall()));
        org.rapport.alliance.SessionRating r = a.rating();
        out.append(String.format(Locale.ROOT, "  session rating           %4.1f / 40%s%n", r.total(), r.flagged() ? "  FLAGGED" : ""));
        out.append(String.format(Locale.ROOT, "      relationship %.1f, goals and topics %.1f, approach %.1f, overall %.1f%n",
                r.relationship(), r.goals(), r.approach(), r.overall()));
        out.append(wrap("\"" + r.comment() + "\"", "  the client wrote: ", "                    "));
        if (a.ruptures().isEmpty()) out.append("  ruptures: none seen\n");
        for (org.rapport.alliance.RuptureEpisode e : a.ruptures()) {
            String line = e.line().strip();
            if (line.length() > 60) line = line.substring(0, 57).strip() + "...";
            String state = e.before() == null || e.after() == null ? ""
                    : String.format(Locale.ROOT, "; trust %d -> %d", e.before().trust(), e.after().trust());
            out.append(wrap(String.format(Locale.ROOT, "turn %d, %s: \"%s\" %s%s", e.turn(), e.kind().id(), line,
                    e.repaired() ? "repaired at turn " + e.repairedAt() : "not repaired", state), "  rupture: ", "           "));
        }
        if (a.dropoutRisk()) out.append(wrap("DROPOUT RISK: " + String.join("; ", a.dropoutReasons()) + ".", "  ", "  "));
        return out.toString();
    }

    /**
     * A session ended before the trainee's first reply is abandoned, not finished: it counts for no
     * assignment and earns no praise.
     */
    public static String statusLabel(SessionRecord session, int replies) {
        if (session.status() != SessionStatus.FINISHED) return "in progress";
        return replies == 0 ? "abandoned (no replies)" : "finished";
    }

    /** Word-wraps {@code text} to {@link #WIDTH} columns, the first line after {@code first}. */
    static String wrap(String text, String first, String rest) {
        return org.rapport.terminal.TextWrap.wrap(text, WIDTH, first, rest);
    }

    private static int scoreOf(SessionTurn turn, CriterionResult c) {
        return turn.score().score(c.criterion().id());
    }

    private static String quote(SessionTurn turn, CriterionResult c) {
        String text = turn.text().strip();
        if (text.length() > QUOTE) text = text.substring(0, QUOTE - 3).strip() + "...";
        return String.format(Locale.ROOT, "%d, turn %d: \"%s\"", scoreOf(turn, c), turn.index(), text);
    }

    /** A 1–5 mean as a ten-cell bar (two cells a point). */
    private static String scale(double mean) {
        int cells = (int) Math.round(mean * 2);
        return "#".repeat(cells) + ".".repeat(10 - cells);
    }

    private static String miti(String name, Double value, double fair, double good, String unit) {
        String shown = value == null ? "n/a" : String.format(Locale.ROOT, "%.1f%s", value, unit);
        return String.format(Locale.ROOT, "  %-26s %9s %7s %7s   %s%n", name, shown, trim(fair) + unit, trim(good) + unit,
                MitiFigures.band(value, fair, good));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
