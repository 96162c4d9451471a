package org.rapport.rubric;

/**
 * Finds the engine for a rubric by id, so that commands can grade with any rubric the program keeps.
 * Implemented by the rubric engine's configuration; commands depend only on this.
 */
public interface RubricEngines {

    /**
     * The engine scoring against the rubric {@code id}; null or blank means the default rubric.
     *
     * @throws IllegalArgumentException when no rubric has that id (the message names the known ids)
     */
    RubricEngine forRubric(String id);
}
