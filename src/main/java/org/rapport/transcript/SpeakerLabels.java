package org.rapport.transcript;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names transcripts use for the two roles. Recorded sessions and research corpora say therapist,
 * counselor or patient; Rapport calls them trainee and client.
 */
public final class SpeakerLabels {

    private static final Map<String, Speaker> LABELS = Map.ofEntries(
            Map.entry("client", Speaker.CLIENT), Map.entry("patient", Speaker.CLIENT), Map.entry("c", Speaker.CLIENT),
            Map.entry("trainee", Speaker.TRAINEE), Map.entry("therapist", Speaker.TRAINEE),
            Map.entry("counselor", Speaker.TRAINEE), Map.entry("counsellor", Speaker.TRAINEE),
            Map.entry("t", Speaker.TRAINEE));

    /** Every accepted label, for error messages. */
    public static final String ACCEPTED = "client, patient, c (client); trainee, therapist, counselor, t (trainee)";

    private SpeakerLabels() {
    }

    public static Optional<Speaker> speaker(String label) {
        if (label == null) return Optional.empty();
        return Optional.ofNullable(LABELS.get(label.trim().toLowerCase(Locale.ROOT)));
    }

    /** The label writers use: "Client" or "Trainee". */
    public static String label(Speaker speaker) {
        return speaker == Speaker.CLIENT ? "Client" : "Trainee";
    }
}
