package org.rapport.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.rapport.client.InCharacterCheck.OutOfCharacter;

/**
 * A streamed answer on its way to the terminal, let through a sentence at a time, each sentence only
 * after it has passed the {@link InCharacterCheck}.
 *
 * <p>Why hold text back at all: words already on the trainee's screen cannot be unsaid, and the
 * giveaways of a model breaking character ("As an AI...", "Counselor: ...", "A good counselor would...")
 * are only recognisable once their sentence is complete. So nothing is shown until the first complete
 * sentences add up to {@value #FIRST_RELEASE_CHARS} characters (or the answer ends), then every further
 * sentence is shown as soon as it is complete and checked. Within a released sentence the model's own
 * pieces are passed on as they came, so the answer still appears as it was produced, only a sentence
 * late. When a sentence breaks character, nothing more is shown: if nothing was shown yet the answer is
 * rejected (and the client asks the model again); if earlier sentences were already on screen, the
 * client's turn is exactly those sentences, since the trainee has read them. Past the sentence limit
 * the rest of the answer is dropped.
 */
final class CheckedStream implements Consumer<String> {

    /** Enough held text that a short "Well." is judged together with what follows it. */
    static final int FIRST_RELEASE_CHARS = 40;

    private final InCharacterCheck check;
    private final Consumer<String> out;
    private final StringBuilder raw = new StringBuilder();
    private final List<Integer> tokenEnds = new ArrayList<>();
    /** Offset in {@link #raw} up to which text was checked and passed on. */
    private int released;
    private int sentences;
    private boolean closed;
    private boolean limitReached;
    private OutOfCharacter breach;

    CheckedStream(InCharacterCheck check, Consumer<String> out) {
        this.check = check;
        this.out = out;
    }

    @Override
    public void accept(String token) {
        if (token == null || token.isEmpty()) return;
        raw.append(token);
        tokenEnds.add(raw.length());
        if (!closed) advance(false);
    }

    /** The answer is complete: check and release what is still held. */
    void finish() {
        if (!closed) advance(true);
        closed = true;
    }

    /** The text passed on to the terminal (label included, if the model wrote one). */
    String released() {
        return raw.substring(0, released);
    }

    /** The sentence that broke character, if one did; nothing from it or after it was shown. */
    Optional<OutOfCharacter> breach() {
        return Optional.ofNullable(breach);
    }

    /** True when sentences beyond the limit were dropped. */
    boolean trimmed() {
        if (!limitReached) return false;
        for (int i = released; i < raw.length(); i++) {
            if (Character.isLetterOrDigit(raw.charAt(i))) return true;
        }
        return false;
    }

    /** True when the sentence limit closed the answer: what followed was dropped by design, not lost. */
    boolean limitReached() {
        return limitReached;
    }

    private void advance(boolean atEnd) {
        List<Integer> ends = InCharacterCheck.sentenceEnds(raw, atEnd).stream().filter(e -> e > released).toList();
        if (ends.isEmpty()) return;
        if (released == 0) {
            if (!atEnd && ends.get(ends.size() - 1) < FIRST_RELEASE_CHARS) return;
            // The held opening sentences are judged together: a bad second sentence withholds a harmless "Well."
            int from = 0;
            for (int end : ends.subList(0, Math.min(ends.size(), check.maxSentences()))) {
                Optional<OutOfCharacter> found = check.breach(raw.substring(from, end));
                if (found.isPresent()) {
                    breach = found.get();
                    closed = true;
                    return;
                }
                from = end;
            }
        }
        for (int end : ends) {
            Optional<OutOfCharacter> found = check.breach(raw.substring(released, end));
            if (found.isPresent()) {
                breach = found.get();
                closed = true;
                return;
            }
            release(end);
            if (++sentences >= check.maxSentences()) {
                limitReached = true;
                closed = true;
                return;
            }
        }
    }

    /** Passes text on up to {@code to}, cut at the model's own token boundaries where they fall inside. */
    private void release(int to) {
        int at = released;
        for (int tokenEnd : tokenEnds) {
            if (tokenEnd <= at) continue;
            int piece = Math.min(tokenEnd, to);
            out.accept(raw.substring(at, piece));
            at = piece;
            if (at >= to) break;
        }
        released = to;
    }
}
