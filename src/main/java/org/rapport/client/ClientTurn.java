package org.rapport.client;

import org.rapport.rubric.BoundaryKind;

/**
 * What the client says, and the state it leaves them in.
 *
 * @param beatId   the scripted beat this line belongs to, or null for free (LLM) lines
 * @param boundary the boundary this line tests, or null
 * @param offline  true when an LLM client could not be reached and an authored line stood in
 */
public record ClientTurn(String text, ClientState state, String beatId, BoundaryKind boundary, boolean offline) {
}
