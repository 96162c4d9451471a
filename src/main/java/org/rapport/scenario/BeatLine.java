package org.rapport.scenario;

/**
 * One client line a scenario can speak, as the trainee reads it, with the beat whose declarations it
 * carries: a beat's own {@code client:} line, or a branch's {@code say:} followed by the line of the beat it
 * leads to (the words a session shows together). The beat's {@code boundary:} and {@code risk:} are what
 * the line tests and carries in scripted play.
 *
 * @param beat  the beat whose declarations the line carries (for a {@code say:} that moves on, the next beat)
 * @param from  the beat whose {@code client:} or branch holds the words
 * @param line  the line of the file the author edits: the beat's, or the branch's for a {@code say:}
 * @param field where the words are, e.g. {@code beats[opening].client} or {@code beats[opening].branches[2].say}
 */
public record BeatLine(String text, Beat beat, Beat from, int line, String field) {

    /** True for a branch's {@code say:} (with the next beat's line after it, when it moves on). */
    public boolean said() {
        return field.endsWith(".say");
    }

    /** True for a {@code say:} followed by the next beat's own line. */
    public boolean movesOn() {
        return beat != from;
    }
}
