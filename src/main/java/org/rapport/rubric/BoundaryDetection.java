package org.rapport.rubric;

/**
 * When a client line without a cue phrase counts as a boundary test: its sentence vector must be at
 * least {@code similarity} close to a boundary-test exemplar, and {@code margin} closer to it than to the
 * rubric's ordinary client lines ({@code exemplars.boundary_tests.none}).
 */
public record BoundaryDetection(Double similarity, Double margin) {

    public static final BoundaryDetection DEFAULT = new BoundaryDetection(0.45, 0.15);

    public BoundaryDetection {
        similarity = similarity == null ? DEFAULT_SIMILARITY : similarity;
        margin = margin == null ? DEFAULT_MARGIN : margin;
    }

    private static final double DEFAULT_SIMILARITY = 0.45;
    private static final double DEFAULT_MARGIN = 0.15;
}
