package org.rapport.rubric;

import java.nio.file.Path;

/**
 * The shipped rubrics and the core engine, shared by every test class of the JVM so that the embedding
 * model loads once.
 */
final class CoreRubric {

    static final RubricLibrary LIBRARY = RubricLibrary.load(Path.of("rubrics"));
    static final RubricEngine ENGINE = LIBRARY.engine("core");

    private CoreRubric() {
    }
}
