package org.rapport.store;

import java.nio.file.Path;
import java.util.List;
import org.rapport.transcript.Transcript;

/**
 * Reads transcript files in the grade input formats for import: the transcripts that could be read and
 * a line per input that could not (file, line, reason).
 */
@FunctionalInterface
public interface TranscriptFiles {

    Loaded read(List<Path> paths);

    record Loaded(List<Transcript> transcripts, List<String> errors) {

        public Loaded {
            transcripts = List.copyOf(transcripts);
            errors = List.copyOf(errors);
        }
    }
}
