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
    Structure NONE = of("none", List.of(), text -> new double[0]);

    /** A structure from its id, its feature names and how a text's features are read (in the names' order). */
    static Structure of(String id, List<String> names, java.util.function.Function<JudgedText, double[]> features) {
        List<String> fixed = List.copyOf(names);
        return new Structure() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<String> names() {
                return fixed;
            }

            @Override
            public double[] of(JudgedText text) {
                return features.apply(text);
            }
        };
    }
}
