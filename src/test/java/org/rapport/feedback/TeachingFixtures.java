package org.rapport.feedback;

import java.nio.file.Path;
import org.rapport.rubric.RubricLibrary;

/** The shipped rubrics and their taught engine, shared by the feedback tests of a JVM (the model loads once). */
final class TeachingFixtures {

    static final RubricLibrary LIBRARY = RubricLibrary.load(Path.of("rubrics"));
    static final TeachingEngine ENGINE = (TeachingEngine) LIBRARY.engine("core");

    private TeachingFixtures() {
    }
}
