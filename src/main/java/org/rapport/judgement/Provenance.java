package org.rapport.judgement;

import java.util.List;
import java.util.Map;

/**
 * Where a head came from, saved at the top of its model file.
 *
 * @param data        the files it was trained on, with their SHA-256 hashes and row counts
 * @param trainer     the trainer and its settings
 * @param examples    how many examples trained the final head
 * @param groupedBy   what cross-validation kept together (transcript, help-seeker post, authored group)
 * @param crossValidation the grouped cross-validated figures (macro-F1, accuracy, kappa, per-label recall)
 * @param attribution whom the training data is owed to
 */
public record Provenance(List<DataFile> data, String trainer, TrainerSettings settings, int examples, String groupedBy,
        Map<String, Double> crossValidation, String attribution) {

    public Provenance {
        data = List.copyOf(data);
        crossValidation = crossValidation == null ? Map.of() : new java.util.LinkedHashMap<>(crossValidation);
    }

    /** One training file: its name (relative to the data folder it was read from), hash and rows used. */
    public record DataFile(String file, String sha256, int rows) {
    }
}
