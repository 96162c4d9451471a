package org.rapport.transcript;

import java.util.List;

/** What a set of files yielded: the transcripts that could be read, in order, and the inputs that could not. */
public record TranscriptBatch(List<Transcript> transcripts, List<InputError> errors) {

    public TranscriptBatch {
        transcripts = List.copyOf(transcripts);
        errors = List.copyOf(errors);
    }
}
