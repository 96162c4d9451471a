package org.rapport.session;

import org.rapport.client.ClientTurn;
import org.rapport.rubric.TurnScore;

/**
 * What one trainee reply led to: the engine's score, the client's answer, and whether the scenario
 * reached its ending with that answer.
 */
public record TurnResult(TurnScore score, ClientTurn answer, boolean ended) {
}
