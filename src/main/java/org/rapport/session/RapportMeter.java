package org.rapport.session;

import org.rapport.client.ClientState;

/** The client's trust, distress and disclosure as 0–10 bars, e.g. {@code trust ██████░░░░ 6/10}. */
public final class RapportMeter {

    private RapportMeter() {
    }

    public static String bar(String label, int value) {
        int v = Math.max(ClientState.MIN, Math.min(ClientState.MAX, value));
        return label + " " + "█".repeat(v) + "░".repeat(ClientState.MAX - v) + " " + v + "/" + ClientState.MAX;
    }

    /** All three bars on one line. */
    public static String render(ClientState state) {
        return bar("trust", state.trust()) + "   " + bar("distress", state.distress()) + "   "
                + bar("disclosure", state.disclosure());
    }
}
