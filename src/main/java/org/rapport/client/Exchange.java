package org.rapport.client;

import org.rapport.rubric.TurnScore;

/** One saved round of a session: the trainee's reply, its score, and the client's answer. */
public record Exchange(String reply, TurnScore score, String clientAnswer) {
}
