package org.rapport.judgement;

import java.util.List;

/**
 * Named structural features of a judged text, each a number of order 1. A head file records the
 * names it was trained with and refuses to load against a structure whose names differ.
 */
public interface Structure {

    /** A short id saved in model files ("reply", "client-line"). */
    String id();

    List<String> names();

    /** The features, in the order of {@link #names()}. */
    double[] of(JudgedText text);

    /** No structural features at all. */
    Structure NONE = new Structure() {
        @Override
        public String id() {
            return "none";
        }

        @Override
        public List<String> names() {
            return List.of();
        }

        @Override
        public double[] of(JudgedText text) {
            return new double[0];
        }
    };
}
