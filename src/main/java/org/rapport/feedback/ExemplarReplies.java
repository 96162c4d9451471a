package org.rapport.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapport.nlp.SentenceEmbeddings;
import org.rapport.nlp.Utterance;
import org.rapport.rubric.Rubric;

/**
 * "One way to say it" from the rubric's own exemplars: the complex reflections and interpretations nearest
 * to the client's line, with the feeling they name changed to the one the client named. Only exemplars whose feeling
 * sits where a reflection names how the client is ("you're exhausted, and part of you ...", "it makes
 * sense that you're scared ...") are used, and none that relate the counsellor's own experience.
 */
final class ExemplarReplies {

    /** Where an exemplar names how the client is: "you're (so) X", "you feel X", "you're feeling X". */
    private static final Pattern SLOT = Pattern.compile(
            "\\b(you're|you are|you feel|you're feeling|you've been feeling|you must feel|that you're)\\s+((?:so|really|pretty|completely|quite|very)\\s+)?([a-z]+)\\b"
                    // the feeling ends its phrase, so another feeling fits ("you're exhausted, and ..." but not "tired of people ...")
                    + "(?=\\s*(?:[,.;]|$|and\\b|—))",
            Pattern.CASE_INSENSITIVE);
    /** The counsellor speaking of themself: peer support, not counselling (CLINICAL.md on self-disclosure). */
    private static final Pattern OWN_EXPERIENCE = Pattern.compile("\\b(I|I've|I'm|my|me)\\b");

    /** An exemplar that can carry the client's feeling: its text and where its feeling word sits. */
    record Frame(String text, int start, int end) {
        String with(String feeling) {
            return text.substring(0, start) + feeling + text.substring(end);
        }
    }

    private final List<Frame> frames;

    ExemplarReplies(Rubric rubric) {
        List<String> pool = new ArrayList<>();
        pool.addAll(rubric.exemplars().behavior().getOrDefault("complex", List.of()));
        pool.addAll(rubric.exemplars().empathy().getOrDefault("interpretations", List.of()));
        List<Frame> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String e : pool) {
            if (!seen.add(e) || OWN_EXPERIENCE.matcher(e).find()) continue;
            Matcher m = SLOT.matcher(e);
            while (m.find()) {
                if (adjective(m.group(3))) {
                    found.add(new Frame(e, m.start(3), m.end(3)));
                    break;
                }
            }
        }
        this.frames = List.copyOf(found);
    }

    List<Frame> frames() {
        return frames;
    }

    /**
     * The exemplars nearest the client's line with the client's feeling in them, nearest first, at most
     * {@code max}. {@code clientVector} is the line's sentence vector when the engine has it (then nearness
     * is cosine similarity with the exemplars' vectors, embedded once), else null (then shared words).
     */
    List<String> adapted(ClientWords words, String clientLine, float[] clientVector, int max) {
        String feeling = words.feelingForm();
        // only a feeling the client named: an exemplar's frame says more than a feeling read from a hint can bear
        if (feeling == null || words.fromHint() || !adjective(feeling) || frames.isEmpty()) return List.of();
        List<Double> nearness = new ArrayList<>();
        if (clientVector != null) {
            List<float[]> vectors = SentenceEmbeddings.shared().embedCached(frames.stream().map(Frame::text).toList());
            for (float[] v : vectors) nearness.add(SentenceEmbeddings.cosine(clientVector, v));
        } else {
            Set<String> client = new HashSet<>(new Utterance(clientLine).contentStems());
            for (Frame f : frames) {
                Set<String> shared = new HashSet<>(new Utterance(f.text()).contentStems());
                shared.retainAll(client);
                nearness.add((double) shared.size());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -nearness.get(i)).thenComparingInt(i -> i));
        List<String> out = new ArrayList<>();
        for (int i : order) {
            if (out.size() >= max) break;
            String s = frames.get(i).with(feeling);
            if (s.toLowerCase(Locale.ROOT).equals(frames.get(i).text().toLowerCase(Locale.ROOT))) continue;
            out.add(s);
        }
        return out;
    }

    /** A single word that says how someone is, so that it fits any exemplar's slot. */
    static boolean adjective(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return WordsShape.ADJECTIVES.contains(w) || WordsShape.STATES.contains(w);
    }
}
