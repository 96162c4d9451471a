package org.rapport.rubric;

import java.util.List;
import org.rapport.transcript.Turn;

/**
 * What the engine needs to judge one trainee reply: the conversation so far (oldest first, ending with
 * the client's line the reply answers, when there is one), the reply itself, and, when a scenario beat
 * says so, the boundary the client is testing. A null {@code boundary} lets the engine detect one.
 * {@code locale} is where the simulated client lives, whose crisis resources risk feedback names; null
 * means the programme default. {@code hint} is the scenario's coaching for the client's line (null
 * outside a scenario): the feedback reads the feeling a good reply names from it when the client's line
 * does not say one. {@code goodReplies} are the beat's authored good answers to the client's line (empty
 * outside a scenario beat that has them). {@code risk} is the risk the scenario declares the client's line
 * carries (a beat's {@code risk:}, or an LLM persona's risk in the line that answers a direct question about
 * it): the engine judges the reply as an answer to that risk, whatever its detectors read in the words.
 * A null {@code risk} lets the engine detect one. {@code scripted} says the client's line is a scenario
 * beat's own words, whose declarations are authoritative: its {@code boundary} and {@code risk} (null for
 * none) are what the author says the line tests and carries, and the engine runs no boundary or risk
 * detector on it. The author knows which of their lines test a boundary; a detector reading "Sure." as a
 * social-media request would only score the reply on a criterion the moment does not call for.
 */
public record ReplyContext(List<Turn> history, String reply, BoundaryKind boundary, org.rapport.locale.ServiceLocale locale,
        String hint, List<String> goodReplies, RiskKind risk, boolean scripted) {

    public ReplyContext(List<Turn> history, String reply, BoundaryKind boundary, org.rapport.locale.ServiceLocale locale,
            String hint, List<String> goodReplies, RiskKind risk) {
        this(history, reply, boundary, locale, hint, goodReplies, risk, false);
    }

    public ReplyContext(List<Turn> history, String reply, BoundaryKind boundary, org.rapport.locale.ServiceLocale locale,
            String hint, List<String> goodReplies) {
        this(history, reply, boundary, locale, hint, goodReplies, null);
    }

    public ReplyContext(List<Turn> history, String reply, BoundaryKind boundary, org.rapport.locale.ServiceLocale locale) {
        this(history, reply, boundary, locale, null);
    }

    public ReplyContext(List<Turn> history, String reply, BoundaryKind boundary, org.rapport.locale.ServiceLocale locale, String hint) {
        this(history, reply, boundary, locale, hint, List.of());
    }

    public ReplyContext {
        history = List.copyOf(history);
        java.util.Objects.requireNonNull(reply, "reply");
        goodReplies = goodReplies == null ? List.of() : List.copyOf(goodReplies);
    }

    /** The same moment with another reply (a suggested one, scored against the same client line). */
    public ReplyContext withReply(String other) {
        return new ReplyContext(history, other, boundary, locale, hint, goodReplies, risk, scripted);
    }

    /** The same moment with the risk the scenario declares for the client's line (null: the engine detects one). */
    public ReplyContext withRisk(RiskKind declared) {
        return new ReplyContext(history, reply, boundary, locale, hint, goodReplies, declared, scripted);
    }

    /**
     * The same moment, the client's line being ({@code true}) or not being a scenario beat's own words: when it
     * is, the boundary and risk given are the beat's declarations, and the engine detects neither.
     */
    public ReplyContext withScripted(boolean authored) {
        return new ReplyContext(history, reply, boundary, locale, hint, goodReplies, risk, authored);
    }

    public ReplyContext(List<Turn> history, String reply, BoundaryKind boundary) {
        this(history, reply, boundary, null, null);
    }

    public static ReplyContext of(String clientLine, String reply) {
        List<Turn> history = clientLine == null ? List.of()
                : List.of(new Turn(0, org.rapport.transcript.Speaker.CLIENT, clientLine));
        return new ReplyContext(history, reply, null);
    }

    /**
     * Up to {@code n} turns just before the client's last line (oldest first); the last {@code n} turns when the
     * client has not spoken.
     */
    public List<Turn> turnsBefore(int n) {
        int end = history.size();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).byTrainee()) {
                end = i;
                break;
            }
        }
        return history.subList(Math.max(0, end - n), end);
    }

    /** The last client utterance before the reply, or "" when the trainee speaks first. */
    public String clientLine() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).byTrainee()) return history.get(i).text();
        }
        return "";
    }
}
