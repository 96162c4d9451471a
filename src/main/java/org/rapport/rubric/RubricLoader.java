package org.rapport.rubric;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapport.authoring.TextFile;
import org.rapport.authoring.TextFileException;
import org.rapport.authoring.YamlProblem;

/**
 * Reads one rubric file and validates it at the edge: an unusable file fails with its path, the line
 * and the field at fault, so whoever edits a rubric can fix it without reading code.
 */
public final class RubricLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Set<String> BEHAVIORS = Set.of("question", "reflection", "input", "other");
    private static final Set<String> SUBTYPES = Set.of("open", "closed", "simple", "complex", "information", "advice",
            "negotiation", "options");
    private static final Set<String> EMPATHY_KEYS = Set.of("emotional_reactions", "interpretations", "explorations", "none");

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a key written twice would otherwise keep its second value without a word
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public Rubric load(Path file) {
        String text;
        try {
            text = TextFile.read(file);
        } catch (TextFileException e) {
            throw new RubricFormatException(file, e.line(), "", e.getMessage());
        }
        Rubric rubric;
        try (JsonParser parser = mapper.createParser(text)) {
            rubric = parser.nextToken() == null ? null : mapper.readValue(parser, Rubric.class);
            int second = rubric == null ? 0 : YamlProblem.secondDocument(parser, text);
            if (second > 0) {
                throw new RubricFormatException(file, second, "", YamlProblem.secondDocumentAt(second, "a rubric file").message());
            }
        } catch (JsonProcessingException e) {
            YamlProblem p = YamlProblem.of(e, text);
            throw new RubricFormatException(file, p.line(), p.field(), p.message());
        } catch (IOException e) {
            throw new RubricFormatException(file, 1, "", "cannot be read");
        }
        if (rubric == null) throw new RubricFormatException(file, 1, "", "the file is empty; a rubric needs id, version, title and criteria");
        List<Problem> problems = validate(rubric);
        if (!problems.isEmpty()) {
            List<RubricFormatException.At> all = problems.stream()
                    .map(p -> new RubricFormatException.At(Math.max(1, lineOf(text, p.pointer())), display(p.pointer()), p.message()))
                    .sorted(java.util.Comparator.comparingInt(RubricFormatException.At::line))
                    .toList();
            throw new RubricFormatException(file, all);
        }
        return rubric;
    }

    record Problem(String pointer, String message) {
    }

    static List<Problem> validate(Rubric r) {
        List<Problem> p = new ArrayList<>();
        if (r.id() == null || !ID.matcher(r.id()).matches()) p.add(new Problem("/id", "is required: lower-case letters, digits, - or _"));
        if (r.version() == null || r.version().isBlank()) p.add(new Problem("/version", "is required"));
        if (r.title() == null || r.title().isBlank()) p.add(new Problem("/title", "is required"));
        if (r.criteria().isEmpty()) p.add(new Problem("/criteria", "at least one criterion is required"));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.criteria().size(); i++) {
            Criterion c = r.criteria().get(i);
            String at = "/criteria/" + i;
            if (c == null) {
                p.add(new Problem(at, "is empty"));
                continue;
            }
            if (c.id() == null || !ID.matcher(c.id()).matches()) p.add(new Problem(at + "/id", "is required: lower-case letters, digits, - or _"));
            else if (!seen.add(c.id())) p.add(new Problem(at + "/id", "duplicate criterion id " + c.id()));
            if (c.name() == null || c.name().isBlank()) p.add(new Problem(at + "/name", "is required"));
            if (!c.levels().keySet().equals(Set.of(1, 2, 3, 4, 5))) {
                p.add(new Problem(at + "/levels", "must describe each level 1, 2, 3, 4 and 5, has " + c.levels().keySet()));
            }
            c.levels().forEach((k, v) -> {
                if (v == null || v.isBlank()) p.add(new Problem(at + "/levels/" + k, "level description is empty"));
            });
            c.feedback().forEach((k, v) -> {
                if (v == null || v.isBlank()) p.add(new Problem(at + "/feedback/" + k, "feedback text is empty"));
            });
        }
        Lexicons l = r.lexicons();
        Map<String, List<String>> plain = new java.util.LinkedHashMap<>();
        plain.put("feelings", l.feelings());
        plain.put("reflection_stems", l.reflectionStems());
        plain.put("open_question_stems", l.openQuestionStems());
        plain.put("closed_question_stems", l.closedQuestionStems());
        plain.put("elaboration_requests", l.elaborationRequests());
        plain.put("complex_reflection_markers", l.complexReflectionMarkers());
        plain.put("acknowledgements", l.acknowledgements());
        plain.put("affirmations", l.affirmations());
        plain.put("structuring", l.structuring());
        plain.put("advice", l.advice());
        plain.put("information", l.information());
        plain.put("negotiation", l.negotiation());
        plain.put("options", l.options());
        plain.forEach((name, list) -> phrases(p, "/lexicons/" + name, list));
        keys(p, "/lexicons/emotional_reactions", l.emotionalReactions(), Set.copyOf(Lexicons.STRENGTHS));
        keys(p, "/lexicons/interpretations", l.interpretations(), Set.copyOf(Lexicons.STRENGTHS));
        keys(p, "/lexicons/explorations", l.explorations(), Set.copyOf(Lexicons.EXPLORATION_KEYS));
        keys(p, "/lexicons/roadblocks", l.roadblocks(), ids(Roadblock.values()));
        keys(p, "/lexicons/boundary_tests", l.boundaryTests(), ids(BoundaryKind.values()));
        keys(p, "/lexicons/boundary_reply", l.boundaryReply(), Set.copyOf(Lexicons.BOUNDARY_REPLY_KEYS));
        BehaviorModel m = r.behaviorModel();
        checkWeights(p, "/behavior_model/behaviors", m.behaviors(), BEHAVIORS);
        checkWeights(p, "/behavior_model/subtypes", m.subtypes(), SUBTYPES);
        Set<String> behaviorExemplarKeys = new HashSet<>(SUBTYPES);
        behaviorExemplarKeys.add("other");
        keys(p, "/exemplars/behavior", r.exemplars().behavior(), behaviorExemplarKeys);
        keys(p, "/exemplars/empathy", r.exemplars().empathy(), EMPATHY_KEYS);
        Set<String> boundaryKeys = new HashSet<>(ids(BoundaryKind.values()));
        boundaryKeys.add("none");
        keys(p, "/exemplars/boundary_tests", r.exemplars().boundaryTests(), boundaryKeys);
        keys(p, "/exemplars/boundary_replies", r.exemplars().boundaryReplies(), Set.of("high", "low"));
        BoundaryDetection d = r.boundaryDetection();
        if (d.similarity() < -1 || d.similarity() > 1) p.add(new Problem("/boundary_detection/similarity", "must lie between -1 and 1"));
        if (d.margin() < 0 || d.margin() > 2) p.add(new Problem("/boundary_detection/margin", "must lie between 0 and 2"));
        for (int i = 0; i < r.calibration().size(); i++) {
            checkCase(p, "/calibration/" + i, r.calibration().get(i), r);
        }
        FeedbackGuide g = r.feedback();
        g.items().forEach((id, item) -> {
            String at = "/feedback/items/" + id;
            if (item == null) {
                p.add(new Problem(at, "is empty"));
                return;
            }
            if (item.mechanism() == null || !g.priority().contains(item.mechanism())) p.add(new Problem(at + "/mechanism", "must be one of the priority list " + g.priority()));
            if (item.tone() == null || !FeedbackGuide.TONES.contains(item.tone())) p.add(new Problem(at + "/tone", "must be one of " + FeedbackGuide.TONES));
            if (item.text() == null || item.text().isBlank()) p.add(new Problem(at + "/text", "feedback text is empty"));
            if (item.criterion() != null && r.criterion(item.criterion()).isEmpty()) p.add(new Problem(at + "/criterion", "no criterion " + item.criterion() + " in this rubric"));
        });
        g.criteria().forEach((criterion, mechanism) -> {
            if (mechanism == null || !g.priority().contains(mechanism)) p.add(new Problem("/feedback/criteria/" + criterion, "must be one of the priority list " + g.priority()));
        });
        if (g.notes() < 0 || g.notes() > 5) p.add(new Problem("/feedback/notes", "must lie between 0 and 5"));
        g.rewrites().risk().forEach((kind, templates) -> {
            if (java.util.Arrays.stream(RiskKind.values()).noneMatch(k -> k.id().equals(kind))) {
                p.add(new Problem("/feedback/rewrites/risk/" + kind, "unknown risk kind; expected one of "
                        + java.util.Arrays.stream(RiskKind.values()).map(RiskKind::id).toList()));
            }
            if (templates.isEmpty()) p.add(new Problem("/feedback/rewrites/risk/" + kind, "needs at least one template"));
        });
        g.rewrites().boundaryKinds().keySet().forEach(kind -> {
            if (!ids(BoundaryKind.values()).contains(kind)) p.add(new Problem("/feedback/rewrites/boundary_kinds/" + kind, "unknown boundary kind; expected one of " + ids(BoundaryKind.values())));
        });
        return p;
    }

    private static void checkCase(List<Problem> p, String at, CalibrationCase c, Rubric r) {
        if (c == null) {
            p.add(new Problem(at, "is empty"));
            return;
        }
        if (c.reply() == null || c.reply().isBlank()) p.add(new Problem(at + "/reply", "is required"));
        if (c.boundary() != null && !ids(BoundaryKind.values()).contains(c.boundary())) {
            p.add(new Problem(at + "/boundary", "unknown boundary kind " + c.boundary() + "; expected one of " + ids(BoundaryKind.values())));
        }
        CalibrationCase.Expectation e = c.expect();
        if (e == null) {
            p.add(new Problem(at + "/expect", "is required"));
            return;
        }
        if (e.behavior() != null && !BEHAVIORS.contains(e.behavior())) p.add(new Problem(at + "/expect/behavior", "unknown behaviour " + e.behavior()));
        if (e.subtype() != null && !SUBTYPES.contains(e.subtype())) p.add(new Problem(at + "/expect/subtype", "unknown subtype " + e.subtype()));
        bound(p, at + "/expect/empathy", e.empathy(), 1, 5, false);
        bound(p, at + "/expect/active_listening", e.activeListening(), 1, 5, false);
        bound(p, at + "/expect/boundary_setting", e.boundarySetting(), 1, 5, true);
        bound(p, at + "/expect/emotional_reactions", e.emotionalReactions(), 0, 2, false);
        bound(p, at + "/expect/interpretations", e.interpretations(), 0, 2, false);
        bound(p, at + "/expect/explorations", e.explorations(), 0, 2, false);
        if (e.boundary() != null && !e.boundary().equals("none") && !ids(BoundaryKind.values()).contains(e.boundary())) {
            p.add(new Problem(at + "/expect/boundary", "unknown boundary kind " + e.boundary()));
        }
        if (e.roadblocks() != null) {
            for (int j = 0; j < e.roadblocks().size(); j++) {
                if (!ids(Roadblock.values()).contains(e.roadblocks().get(j))) p.add(new Problem(at + "/expect/roadblocks/" + j, "unknown roadblock " + e.roadblocks().get(j)));
            }
        }
        for (String criterion : List.of("empathy", "active_listening", "boundary_setting")) {
            boolean expected = switch (criterion) {
                case "empathy" -> e.empathy() != null;
                case "active_listening" -> e.activeListening() != null;
                default -> e.boundarySetting() != null;
            };
            if (expected && r.criterion(criterion).isEmpty()) p.add(new Problem(at + "/expect/" + criterion, "the rubric has no criterion " + criterion));
        }
    }

    private static void bound(List<Problem> p, String at, String text, int min, int max, boolean noneAllowed) {
        if (text == null) return;
        try {
            ScoreBound b = ScoreBound.parse(text);
            if (b.none() && !noneAllowed) p.add(new Problem(at, "'none' is not allowed here"));
            if (!b.none() && !b.within(min, max)) p.add(new Problem(at, "bound must lie within " + min + " to " + max));
        } catch (IllegalArgumentException ex) {
            p.add(new Problem(at, ex.getMessage()));
        }
    }

    /** Features are 0 to 1; a weight beyond this makes one feature decide everything (and 1e308 overflows). */
    static final double MAX_WEIGHT = 100;

    private static void checkWeights(List<Problem> p, String at, Map<String, BehaviorModel.LabelWeights> labels, Set<String> allowed) {
        keys(p, at, labels, allowed);
        labels.forEach((label, w) -> {
            if (w == null) return;
            if (!(Math.abs(w.bias()) <= MAX_WEIGHT)) {
                p.add(new Problem(at + "/" + label + "/bias", "bias " + w.bias() + " must lie between -" + (int) MAX_WEIGHT
                        + " and " + (int) MAX_WEIGHT));
            }
            w.weights().forEach((feature, value) -> {
                if (!ReplyFeatures.NAMES.contains(feature)) {
                    p.add(new Problem(at + "/" + label + "/weights/" + feature, "unknown feature " + feature + "; known: " + ReplyFeatures.NAMES));
                } else if (value == null) {
                    p.add(new Problem(at + "/" + label + "/weights/" + feature, "weight is empty"));
                } else if (!(Math.abs(value) <= MAX_WEIGHT)) {
                    p.add(new Problem(at + "/" + label + "/weights/" + feature, "weight " + value + " must lie between -"
                            + (int) MAX_WEIGHT + " and " + (int) MAX_WEIGHT));
                }
            });
        });
    }

    /** Every entry of a phrase list must name a word: "*" or "_" alone would match every word of every reply. */
    private static void phrases(List<Problem> p, String at, List<String> list) {
        if (list == null) return;
        for (int i = 0; i < list.size(); i++) {
            String entry = list.get(i);
            if (entry != null && !entry.isBlank() && !hasWord(entry)) p.add(wildcardOnly(at + "/" + i, entry));
        }
    }

    /** Anything besides the wildcards ("*" any word ending, "_" any word) and the anchors "^" and "$". */
    private static boolean hasWord(String phrase) {
        return !phrase.replace("*", "").replace("_", "").replace("^", "").replace("$", "").isBlank();
    }

    private static Problem wildcardOnly(String at, Object entry) {
        return new Problem(at, "'" + entry + "' is only wildcards, so it would match every word; write the word or phrase");
    }

    private static void keys(List<Problem> p, String at, Map<String, ?> map, Set<String> allowed) {
        for (Map.Entry<String, ?> e : map.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                p.add(new Problem(at + "/" + e.getKey(), "unknown key " + e.getKey() + "; expected one of " + new java.util.TreeSet<>(allowed)));
            } else if (e.getValue() instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) == null || list.get(i).toString().isBlank()) p.add(new Problem(at + "/" + e.getKey() + "/" + i, "empty entry"));
                    else if (!hasWord(list.get(i).toString())) p.add(wildcardOnly(at + "/" + e.getKey() + "/" + i, list.get(i)));
                }
            }
        }
    }

    private static Set<String> ids(Enum<?>[] values) {
        Set<String> ids = new HashSet<>();
        for (Enum<?> v : values) ids.add(v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (values.length > 0 && values[0] instanceof Roadblock) {
            ids.clear();
            for (Enum<?> v : values) ids.add(((Roadblock) v).json());
        }
        return ids;
    }

    /** The line of the node at a JSON pointer, or of its nearest ancestor present in the file. */
    static int lineOf(String text, String pointer) {
        return YamlProblem.lineOf(text, pointer);
    }

    /** "/criteria/0/levels" as "criteria[0].levels". */
    static String display(String pointer) {
        return YamlProblem.field(pointer);
    }
}
