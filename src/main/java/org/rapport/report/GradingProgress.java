package org.rapport.report;

/** Told how far a batch has got, after each group of replies is scored. */
@FunctionalInterface
public interface GradingProgress {

    GradingProgress NONE = (scored, total) -> { };

    /** {@code scored} of {@code total} trainee replies have been scored. */
    void update(int scored, int total);
}
