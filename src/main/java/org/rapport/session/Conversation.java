package org.rapport.session;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.rapport.client.ClientTurn;
import org.rapport.rubric.Criterion;
import org.rapport.rubric.MitiFigures;
import org.rapport.rubric.TranscriptSummary;
import org.rapport.scenario.Beat;
import org.rapport.transcript.Speaker;

/**
 * Conversation mode: the client speaks, each plain line the trainee types is a reply, and slash
 * commands control the session. Knows nothing of the shell: it reads lines from a {@link LineSource}
 * and writes to a {@link PrintWriter}.
 */
public final class Conversation {

    /** How the conversation stopped. */
    public enum Ending {
        /** The trainee typed /end or the scenario reached its ending: the session is finished. */
        FINISHED,
        /** Input ran out (end of file, closed terminal): the session stays in progress and can be resumed. */
        PAUSED
    }

    /** Where replies come from; {@code null} means the input has ended. */
    @FunctionalInterface
    public interface LineSource {
        String read(String prompt) throws Exception;
    }

    public static final String PROMPT = "you> ";

    private final PracticeSession session;
    private final Coach coach;
    private final PrintWriter out;
    private final boolean exam;
    private final int width;
    private boolean toldOffline;

    /** @param exam no live feedback, hints or running scores until the report */
    public Conversation(PracticeSession session, Coach coach, PrintWriter out, boolean exam) {
        this(session, coach, out, exam, org.rapport.terminal.TextWrap.DEFAULT_WIDTH);
    }

    /** @param width the terminal's columns: the scenario's summary and the feedback wrap there, between words */
    public Conversation(PracticeSession session, Coach coach, PrintWriter out, boolean exam, int width) {
        this.session = session;
        this.coach = coach;
        this.out = out;
        this.exam = exam;
        this.width = width;
    }

    /** Introduces a new session and lets the client open. */
    public void introduce() {
        var scenario = session.scenario();
        out.println(scenario.title());
        if (scenario.summary() != null && !scenario.summary().isBlank()) {
            org.rapport.terminal.TextWrap.lines(scenario.summary(), width, "", "").forEach(out::println);
        }
        out.println("Session " + session.id() + (exam ? " (exam mode: no feedback until the end)" : "")
                + ". Type your reply and press Enter; /help lists the commands.");
        out.println();
        say(session.lastClientTurn().text());
        out.flush();
    }

    /** Reminds the trainee where a resumed session stands: the client's last line. */
    public void recap() {
        int replies = session.replies().size();
        org.rapport.terminal.TextWrap.lines("Resuming session " + session.id() + " with " + session.scenario().title() + " ("
                + replies + (replies == 1 ? " reply" : " replies") + " so far" + (exam ? ", exam mode" : "") + ").", width, "", "")
                .forEach(out::println);
        session.recoveredReply().ifPresent(r -> {
            out.println("Your last reply was kept as you entered it, and is scored now:");
            out.println(PROMPT + r.text());
        });
        out.println("Last from " + clientName() + ":");
        say(session.lastClientTurn().text());
        // a reply scored only now gets the feedback it would have had; an exam keeps it for the report
        if (!exam) {
            session.recoveredReply().map(r -> LiveFeedback.render(session.engine().rubric(), r.score(), session.clientState(), width))
                    .orElse(List.of("  " + RapportMeter.render(session.clientState()))).forEach(out::println);
        }
        out.flush();
    }

    /** Reads and handles lines until the session finishes or the input ends. */
    public Ending run(LineSource in) throws Exception {
        if (session.ended()) {
            finish();
            return Ending.FINISHED;
        }
        while (true) {
            String line = in.read(PROMPT);
            if (line == null) {
                out.println();
                out.println("Session " + session.id() + " is saved. Continue it with: resume " + session.id());
                out.flush();
                return Ending.PAUSED;
            }
            line = oneLine(line);
            if (line.isEmpty()) continue;
            if (line.startsWith("/")) {
                heldCommandWord = null;
                if (command(line)) return Ending.FINISHED;
            } else if (commandFor(line) != null && !line.equals(heldCommandWord)) {
                heldCommandWord = line;
                org.rapport.terminal.TextWrap.lines("\"" + line + "\" was not sent to " + clientName() + ". Commands start with a slash here: "
                        + commandFor(line) + " To say it to " + clientName() + " after all, enter it again.", width, "  ", "  ").forEach(out::println);
            } else {
                heldCommandWord = null;
                try {
                    if (reply(line)) return Ending.FINISHED;
                } catch (RuntimeException e) {
                    if (!session.awaitingAnswer()) throw e; // nothing was saved: the reply could not be scored
                    out.println();
                    out.println("The client could not answer (" + e.getMessage() + "). Your reply is saved;"
                            + " continue with: resume " + session.id());
                    out.flush();
                    return Ending.PAUSED;
                }
            }
            out.flush();
        }
    }

    /**
     * A line that is only a word for the tool itself ("exit", "help", "clear"), typed as a trainee would at any
     * prompt: what it would do here, or null when the line is an ordinary reply. Such a line is held back once,
     * since saying "exit" to a grieving client is never what was meant; entered again, it is sent.
     */
    static String commandFor(String line) {
        String word = line.strip().toLowerCase(Locale.ROOT).replaceAll("^[:/\\\\]+|[.!]+$", "");
        return switch (word) {
            case "exit", "quit", "q", "end", "stop", "bye rapport", "end session", "logout" ->
                    "/end ends the session with its report; Ctrl-D stops now and keeps it to resume.";
            case "help", "?", "commands" -> "/help lists them.";
            case "hint" -> "/hint gives a suggestion for the client's last line.";
            case "score", "scores" -> "/score shows your scores so far.";
            case "transcript", "history" -> "/transcript shows the conversation so far.";
            case "clear", "cls" -> "Ctrl-L clears the screen.";
            default -> null;
        };
    }

    /** The last line held back as a word for the tool: entered again straight away, it is sent as a reply. */
    private String heldCommandWord;

    /**
     * A reply as typed, on one line: a pasted reply's line breaks become spaces, so that every stored
     * turn can be written as one labelled line. Nothing else is changed.
     */
    public static String oneLine(String typed) {
        return typed.strip().replaceAll("[ \\t]*\\R\\s*", " ");
    }

    /**
     * Plays a list of replies as if typed (echoed after the prompt), then ends the session and prints the
     * report. Replies left over when the scenario reaches its ending are counted, not sent.
     */
    public void play(List<String> replies) {
        int used = 0;
        for (String line : replies) {
            if (session.ended()) break;
            out.println(PROMPT + line);
            used++;
            if (reply(line)) break;
        }
        if (used < replies.size()) {
            out.println("  (" + (replies.size() - used) + " more " + (replies.size() - used == 1 ? "reply was" : "replies were")
                    + " not used: the scenario had ended)");
        }
        if (!session.ended()) {
            session.end();
            finish();
        }
        out.flush();
    }

    /** Handles one reply; true when the scenario ended with the client's answer. */
    private boolean reply(String line) {
        if (line.length() > org.rapport.transcript.Turn.MAX_LENGTH) {
            out.println(String.format(Locale.ROOT, "  That reply has %,d characters; a reply may have at most %,d."
                    + " Nothing was sent or saved: say it in fewer words.", line.length(),
                    org.rapport.transcript.Turn.MAX_LENGTH));
            return false;
        }
        String lead = clientName() + ": ";
        out.print(lead);
        StringBuilder streamed = new StringBuilder();
        org.rapport.terminal.StreamWrap wrapped = new org.rapport.terminal.StreamWrap(out, width, lead.length(), "");
        TurnResult result = session.reply(line, text -> {
            streamed.append(text);
            wrapped.write(text);
        });
        ClientTurn answer = result.answer();
        if (streamed.isEmpty()) wrapped.write(answer.text().strip());
        wrapped.finish();
        out.println();
        if (answer.offline() && !toldOffline) {
            toldOffline = true;
            out.println("  (no usable answer from the language model; the client continues with the scenario's own lines)");
        }
        if (!exam) LiveFeedback.render(session.engine().rubric(), result.score(), answer.state(), width).forEach(out::println);
        if (result.ended()) {
            out.println();
            out.println("The scenario has reached its end.");
            finish();
            return true;
        }
        return false;
    }

    /** Handles a slash command; true when it ended the session. */
    private boolean command(String line) {
        String name = line.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        switch (name) {
            case "/end" -> {
                session.end();
                finish();
                return true;
            }
            case "/hint" -> {
                if (exam) out.println("  Hints are off in exam mode.");
                else hint().lines().forEach(out::println);
            }
            case "/score" -> {
                if (exam) out.println("  Scores are shown in the report at the end of an exam.");
                else scoreLines().forEach(out::println);
            }
            case "/transcript" -> transcriptLines().forEach(out::println);
            case "/help" -> help().forEach(out::println);
            default -> {
                String meant = commandFor(name);
                out.println("  Unknown command " + name + "." + (meant != null ? " " + meant : "")
                        + " Commands: /hint /score /transcript /end /help");
            }
        }
        return false;
    }

    private void finish() {
        out.println();
        // An exam's feedback was held back during the session: it appears in the report.
        out.print(SessionReport.of(session).render(exam));
        out.flush();
    }

    public Hint hint() {
        ClientTurn last = session.lastClientTurn();
        Beat beat = last.beatId() == null ? null : session.scenario().beat(last.beatId()).orElse(null);
        return coach.hint(beat, last.boundary(), last.text());
    }

    public List<String> scoreLines() {
        TranscriptSummary summary = session.summary();
        int n = session.replies().size();
        if (n == 0) return List.of("  No replies scored yet.");
        StringBuilder scores = new StringBuilder("  after " + n + (n == 1 ? " reply:" : " replies:"));
        for (Criterion c : session.engine().rubric().criteria()) {
            Double mean = summary.scores().get(c.id());
            scores.append(' ').append(LiveFeedback.label(c)).append(' ')
                    .append(mean == null ? "n/a" : String.format(Locale.ROOT, "%.1f", mean)).append(" ·");
        }
        scores.setLength(scores.length() - 2);
        MitiFigures miti = summary.miti();
        return List.of(scores.toString(),
                String.format(Locale.ROOT, "  MITI: reflection-to-question %s (%s) · complex reflections %s (%s)"
                                + " · open questions %s (%s)",
                        figure(miti.reflectionToQuestion(), ""), miti.reflectionToQuestionBand(),
                        figure(miti.percentComplexReflections(), "%"), miti.complexReflectionBand(),
                        figure(miti.percentOpenQuestions(), "%"), miti.openQuestionBand()),
                "  " + RapportMeter.render(session.clientState()));
    }

    public List<String> transcriptLines() {
        return session.turns().stream()
                .map(t -> String.format(Locale.ROOT, "  %2d %s: %s", t.index(),
                        t.speaker() == Speaker.CLIENT ? clientName() : "You", t.text().strip()))
                .toList();
    }

    private static List<String> help() {
        return List.of("  Type a reply and press Enter. Commands:",
                "  /hint        a suggestion for answering the client's last line",
                "  /score       your scores so far and the MITI figures",
                "  /transcript  the conversation so far",
                "  /end         end the session and show the report",
                "  /help        this list",
                "  End of input (Ctrl-D) leaves the session saved; continue it later with resume.");
    }

    private void say(String text) {
        org.rapport.terminal.TextWrap.lines(text, width, clientName() + ": ", "").forEach(out::println);
    }

    private String clientName() {
        var client = session.scenario().client();
        if (client == null || client.name() == null || client.name().isBlank()) return "Client";
        return client.name().strip().split("\\s+")[0];
    }

    private static String figure(Double v, String unit) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.1f%s", v, unit);
    }
}
