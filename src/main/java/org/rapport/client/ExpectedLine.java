package org.rapport.client;

/**
 * What a scenario's client is bound to say at one point of a session, replayed from the replies and
 * their scores: the line ({@code null} where a language model speaks in its own words, which nothing can
 * replay), the beat it belongs to, if any, the boundary it tests and the risk the scenario declares it
 * carries (which the reply to it is scored for), and the state the client is in after it.
 */
public record ExpectedLine(String text, String beatId, org.rapport.rubric.BoundaryKind boundary, ClientState state,
        org.rapport.rubric.RiskKind risk) {
}
