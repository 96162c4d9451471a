package org.rapport.feedback;

import java.util.List;

/**
 * The feedback on one reply: the priority item first, then at most the rubric's number of notes, and the
 * criterion a better reply would address (null when the reply needs none).
 */
public record TurnFeedback(List<FeedbackItem> items, String addresses) {

    public TurnFeedback {
        items = List.copyOf(items);
    }

    public List<String> texts() {
        return items.stream().map(FeedbackItem::text).toList();
    }

    /** The most important item, or null when there is nothing to say. */
    public FeedbackItem priority() {
        return items.isEmpty() ? null : items.get(0);
    }
}
