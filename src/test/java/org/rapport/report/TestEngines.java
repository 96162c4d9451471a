package org.rapport.report;

import org.rapport.rubric.RubricEngines;

/** Rubric lookup for tests: only "core", scored by the cue-word engine. */
public final class TestEngines {

    private TestEngines() {
    }

    public static RubricEngines cueWords() {
        return id -> {
            if (id == null || id.equals("core")) return new CueWordRubricEngine();
            throw new IllegalArgumentException("no rubric '" + id + "' (known: core)");
        };
    }
}
