package org.rapport.transcript;

/** One utterance of a transcript; {@code index} is its position from 0, client and trainee turns alike. */
public record Turn(int index, Speaker speaker, String text) {

    public Turn {
        if (index < 0) throw new IllegalArgumentException("turn index must be >= 0");
        java.util.Objects.requireNonNull(speaker, "speaker");
        java.util.Objects.requireNonNull(text, "text");
    }

    public boolean byTrainee() {
        return speaker == Speaker.TRAINEE;
    }
}
