package org.rapport.store;

/**
 * What became of one transcript in an import: imported as a new session, skipped because the same
 * content was imported before (then {@code sessionId} is the earlier session), or failed.
 */
public record ImportOutcome(String transcriptId, String source, Kind kind, String trainee, String sessionId,
        String message) {

    public enum Kind { IMPORTED, ALREADY_IMPORTED, FAILED }

    public static ImportOutcome imported(String transcriptId, String source, String trainee, String sessionId) {
        return new ImportOutcome(transcriptId, source, Kind.IMPORTED, trainee, sessionId, null);
    }

    public static ImportOutcome already(String transcriptId, String source, String trainee, String sessionId) {
        return new ImportOutcome(transcriptId, source, Kind.ALREADY_IMPORTED, trainee, sessionId, null);
    }

    public static ImportOutcome failed(String transcriptId, String source, String message) {
        return new ImportOutcome(transcriptId, source, Kind.FAILED, null, null, message);
    }
}
