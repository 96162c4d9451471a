package org.rapport.session;

/** One learning objective and whether the session met it; {@code detail} says why, briefly. */
public record ObjectiveResult(String objective, boolean met, String detail) {
}
