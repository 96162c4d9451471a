package org.rapport.scenario;

import java.util.List;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.RiskKind;

/**
 * One moment of a scripted conversation: what the client says on entering it, the boundary it tests
 * (if any), an authored coaching hint, and the branches that choose what follows. An ending beat
 * ({@code end}) closes the conversation once spoken. In an LLM scenario, a beat with {@code afterTurn}
 * is injected once the trainee has replied that many times (a scripted boundary test); null otherwise.
 * {@code goodReplies} are replies the scenario's author wrote as good answers to the beat's client line:
 * "one way to say it" prefers them when the engine scores them higher than the trainee's reply.
 * {@code risk} is the risk the author declares the beat's client lines carry (a disclosure or a hint of
 * suicide, self-harm, ...), or null: the reply to such a line is judged as an answer to that risk, whether
 * or not the engine's detectors would have read it in the words.
 */
public record Beat(String id, String client, BoundaryKind boundary, String hint, boolean end, List<Branch> branches,
        Integer afterTurn, int line, List<String> goodReplies, RiskKind risk) {

    public Beat {
        branches = List.copyOf(branches);
        goodReplies = goodReplies == null ? List.of() : List.copyOf(goodReplies);
    }

    /** A beat that declares no risk. */
    public Beat(String id, String client, BoundaryKind boundary, String hint, boolean end, List<Branch> branches,
            Integer afterTurn, int line, List<String> goodReplies) {
        this(id, client, boundary, hint, end, branches, afterTurn, line, goodReplies, null);
    }

    /** A beat without authored good replies. */
    public Beat(String id, String client, BoundaryKind boundary, String hint, boolean end, List<Branch> branches,
            Integer afterTurn, int line) {
        this(id, client, boundary, hint, end, branches, afterTurn, line, List.of(), null);
    }
}
