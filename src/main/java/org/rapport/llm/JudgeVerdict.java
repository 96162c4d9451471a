package org.rapport.llm;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language model's 1–5 scores for one reply, per criterion id (null where it judged the criterion not
 * to apply), or the reason its answer could not be read.
 */
public record JudgeVerdict(Map<String, Integer> scores, String problem) {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)");

    public JudgeVerdict {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    public static JudgeVerdict unreadable(String problem) {
        return new JudgeVerdict(Map.of(), problem);
    }

    private static final String UNREACHABLE = "the model could not be reached: ";

    /** No verdict because the model never answered (down, refused, timed out), as opposed to a bad answer. */
    public static JudgeVerdict unreachable(String cause) {
        return new JudgeVerdict(Map.of(), UNREACHABLE + cause);
    }

    public boolean unreachable() {
        return problem != null && problem.startsWith(UNREACHABLE);
    }

    public boolean readable() {
        return problem == null;
    }

    public Integer score(String criterionId) {
        return scores.get(criterionId);
    }

    /**
     * Reads the model's answer: the first JSON object in it (code fences, prose around it, single quotes,
     * trailing commas tolerated), keys matched to criterion ids whatever their case or separators, scores
     * given as numbers or numeric strings ("4", "4/5", 3.6 rounds to 4). Every required criterion must be
     * scored 1–5; an optional one (boundary-setting) may be null.
     */
    public static JudgeVerdict parse(String answer, List<String> criterionIds, List<String> optional) {
        if (answer == null || answer.isBlank()) return unreadable("empty answer");
        int open = answer.indexOf('{'), close = answer.lastIndexOf('}');
        if (open < 0 || close < open) return unreadable("no JSON object in the answer");
        JsonNode root;
        try {
            root = LENIENT.readTree(answer.substring(open, close + 1));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return unreadable("malformed JSON: " + e.getOriginalMessage());
        }
        if (!root.isObject()) return unreadable("the answer is not a JSON object");
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        root.fields().forEachRemaining(f -> byKey.put(key(f.getKey()), f.getValue()));
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String id : criterionIds) {
            JsonNode value = byKey.get(key(id));
            Integer score;
            try {
                score = level(value);
            } catch (IllegalArgumentException e) {
                return unreadable(id + ": " + e.getMessage());
            }
            if (score == null && !optional.contains(id)) return unreadable(id + ": missing score");
            scores.put(id, score);
        }
        return new JudgeVerdict(scores, null);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    private static Integer level(JsonNode value) {
        if (value == null || value.isNull()) return null;
        double number;
        if (value.isNumber()) {
            number = value.asDouble();
        } else if (value.isTextual()) {
            String text = value.asText().trim().toLowerCase(Locale.ROOT);
            if (text.isEmpty() || text.equals("null") || text.equals("n/a") || text.equals("na")
                    || text.equals("none") || text.equals("not applicable")) {
                return null;
            }
            Matcher m = LEADING_NUMBER.matcher(text);
            if (!m.find()) throw new IllegalArgumentException("'" + value.asText() + "' is not a score");
            number = Double.parseDouble(m.group(1));
        } else if (value.isObject() && value.has("score")) {
            return level(value.get("score"));
        } else {
            throw new IllegalArgumentException(value + " is not a score");
        }
        long rounded = Math.round(number);
        if (rounded < 1 || rounded > 5) throw new IllegalArgumentException(number + " is outside 1-5");
        return (int) rounded;
    }
}
