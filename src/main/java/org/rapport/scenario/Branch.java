package org.rapport.scenario;

import java.util.List;

/**
 * How the client answers a reply that meets every condition in {@code when} (an empty list is the
 * fallback, and comes last). {@code say} is the client's immediate reaction; {@code next} the beat
 * that follows (null or the same beat to stay). The deltas are added to the client state on top of the
 * reaction every client has to the reply's scores.
 */
public record Branch(List<Condition> when, String say, int trust, int distress, int disclosure, String next,
        int line) {

    public Branch {
        when = List.copyOf(when);
    }

    public boolean isFallback() {
        return when.isEmpty();
    }
}
