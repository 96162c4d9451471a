package org.rapport.feedback;

import java.util.List;

/**
 * One item of a turn's feedback, as the trainee reads it.
 *
 * @param id        the rubric's item id (e.g. {@code understanding_missed_feeling}), or the criterion id for
 *                  a criterion's own texts kept word for word
 * @param mechanism the part of the judgement it speaks for (risk, boundary, roadblock, understanding, form)
 * @param tone      praise, criticism or guidance
 * @param about     the aspects of the reply it praises or criticises
 * @param criterion the criterion a better reply would score higher on
 * @param text      the finished text
 */
public record FeedbackItem(String id, String mechanism, String tone, List<String> about, String criterion, String text) {

    public FeedbackItem {
        about = List.copyOf(about);
    }

    /** Praise or criticism: a judgement, of which a turn has at most one per mechanism. */
    public boolean judges() {
        return "praise".equals(tone) || "criticism".equals(tone);
    }
}
