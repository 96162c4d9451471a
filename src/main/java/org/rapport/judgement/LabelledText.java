package org.rapport.judgement;

/**
 * One training example: the text judged, its label, and the group it belongs to (a transcript, a
 * help-seeker post, an authored group of paraphrases). Cross-validation keeps a group on one side.
 */
public record LabelledText(String group, String label, JudgedText text) {

    public LabelledText {
        java.util.Objects.requireNonNull(group, "group");
        java.util.Objects.requireNonNull(label, "label");
        java.util.Objects.requireNonNull(text, "text");
    }
}
