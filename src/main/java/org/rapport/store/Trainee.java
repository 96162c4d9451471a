package org.rapport.store;

import java.time.Instant;

/** A counseling student on the program; {@code supervisor} is null until one is named. */
public record Trainee(String name, String supervisor, Instant enrolledAt) {
}
