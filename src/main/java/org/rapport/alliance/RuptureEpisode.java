package org.rapport.alliance;

import org.rapport.client.ClientState;
import org.rapport.rubric.RuptureKind;

/**
 * One rupture in a session: the client line that showed it, whether a later reply repaired it, and
 * what the client's state did.
 *
 * @param turn       the index of the client turn that showed the rupture
 * @param repairedAt the index of the trainee turn that repaired it, or null
 * @param before     the client's state before the rupture line (null where states were not kept)
 * @param after      the state once the repair window closed (after the repairing reply, or the last reply
 *                   allowed for it)
 */
public record RuptureEpisode(int turn, RuptureKind kind, String line, Integer repairedAt, ClientState before, ClientState after) {

    public boolean repaired() {
        return repairedAt != null;
    }

    /** The change in trust from before the rupture to the end of its repair window; 0 without states. */
    public int trustChange() {
        return before == null || after == null ? 0 : after.trust() - before.trust();
    }
}
