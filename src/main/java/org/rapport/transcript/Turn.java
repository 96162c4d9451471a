package org.rapport.transcript;

/**
 * One utterance of a transcript; {@code index} is its position from 0, client and trainee turns alike.
 * {@code line} is the line of the file it was read from (null for turns not read from a file), so that a
 * problem found after reading can still be shown where the author wrote it.
 */
public record Turn(int index, Speaker speaker, String text, Integer line) {

    /**
     * The longest turn graded, in characters: some ten times a long spoken turn. Longer ones are refused
     * by name ({@link #tooLong}) rather than scored, so that one pasted document cannot stall a batch.
     */
    public static final int MAX_LENGTH = 10_000;

    public Turn {
        if (index < 0) throw new IllegalArgumentException("turn index must be >= 0");
        java.util.Objects.requireNonNull(speaker, "speaker");
        java.util.Objects.requireNonNull(text, "text");
    }

    public Turn(int index, Speaker speaker, String text) {
        this(index, speaker, text, null);
    }

    /** Null when the text is within {@link #MAX_LENGTH}; else the error saying so, naming the turn. */
    public static String tooLong(int index, Speaker speaker, String text) {
        if (text.length() <= MAX_LENGTH) return null;
        return String.format(java.util.Locale.ROOT, "turn too long: turn %d (%s) has %,d characters; the limit is %,d",
                index, speaker.json(), text.length(), MAX_LENGTH);
    }

    public boolean byTrainee() {
        return speaker == Speaker.TRAINEE;
    }
}
