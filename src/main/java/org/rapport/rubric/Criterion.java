package org.rapport.rubric;

/** One scored dimension of a rubric, e.g. empathy, active_listening, boundary_setting. */
public record Criterion(String id, String name, String description) {
}
