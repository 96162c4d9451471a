package org.rapport.judgement;

/** The parts a head's feature vector is made of, in this order. */
public enum FeatureBlock {
    /** The sentence vector of the reply. */
    REPLY,
    /** The sentence vector of the client's last line. */
    CLIENT,
    /** The sentence vector of the conversation before the client's line. */
    CONTEXT,
    /** Elementwise product of the reply and client vectors: how the reply answers that line. */
    REPLY_TIMES_CLIENT,
    /** One number: the cosine of the reply and client vectors, how near in meaning the reply is to that line. */
    SIMILARITY,
    /** Named structural features (question form, overlap with the client's words, phrase-list hits...). */
    STRUCTURE
}
