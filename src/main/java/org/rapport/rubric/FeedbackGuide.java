package org.rapport.rubric;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a rubric turns the engine's judgement of a reply into feedback a trainee learns from: the order of
 * importance of the mechanisms (the first item of a turn's feedback is the most important one), how many
 * notes may follow it, the texts of the items and the templates of the "one way to say it" replies.
 *
 * @param priority     mechanisms, most important first (e.g. risk, boundary, roadblock, understanding, form)
 * @param notes        how many items may follow the priority item
 * @param criteria     criterion id to mechanism, for criteria whose own feedback texts are kept word for word
 * @param items        feedback items by id
 * @param boundaryParts what each missing part of a boundary reply is called in feedback
 * @param feelingForms a client's feeling word to the adjective a reflection uses
 * @param rewrites     the templates of suggested replies
 * @param practise     the skills a session's "three things to practise" are chosen from
 */
public record FeedbackGuide(List<String> priority, Integer notes, Map<String, String> criteria, Map<String, Item> items,
        @JsonProperty("boundary_parts") Map<String, String> boundaryParts,
        @JsonProperty("feeling_forms") Map<String, String> feelingForms, Rewrites rewrites, List<Skill> practise) {

    public static final List<String> TONES = List.of("praise", "criticism", "guidance");
    public static final FeedbackGuide EMPTY = new FeedbackGuide(null, null, null, null, null, null, null, null);

    public FeedbackGuide {
        priority = priority == null ? List.of() : List.copyOf(priority);
        notes = notes == null ? 2 : notes;
        criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
        items = items == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
        boundaryParts = boundaryParts == null ? Map.of() : Map.copyOf(boundaryParts);
        feelingForms = feelingForms == null ? Map.of() : Map.copyOf(feelingForms);
        rewrites = rewrites == null ? Rewrites.EMPTY : rewrites;
        practise = practise == null ? List.of() : List.copyOf(practise);
    }

    /** True when the rubric says nothing about feedback: the engine's own texts are given as they are. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** How important a mechanism is: 0 for the first of {@link #priority}; unknown ones come last. */
    public int rank(String mechanism) {
        int i = priority.indexOf(mechanism);
        return i < 0 ? priority.size() : i;
    }

    /**
     * One feedback item.
     *
     * @param mechanism the part of the judgement it speaks for; one judgement per mechanism per turn
     * @param tone      praise, criticism or guidance
     * @param about     the aspects of the reply it praises or criticises (never both in one turn)
     * @param criterion the criterion a better reply would score higher on
     * @param text      the text, with placeholders
     */
    public record Item(String mechanism, String tone, List<String> about, String criterion, String text) {
        public Item {
            about = about == null ? List.of() : List.copyOf(about);
        }
    }

    /**
     * Templates of suggested replies.
     *
     * @param understanding reflections of feeling and meaning
     * @param form          reflections joined to an open question
     * @param boundary      the shape of a boundary reply: {validate} {limit}, because {reason}. {alternative}
     * @param boundaryValidate how the boundary reply opens, with and without the client's feeling
     * @param boundaryKinds the limit, reason and alternative for each boundary kind
     * @param risk          by risk kind id: replies that ask directly and calmly about safety, in the client's words,
     *                      naming the client's locale's crisis resource where it helps ({crisis_line}, {emergency},
     *                      {domestic_violence})
     * @param cultural      replies that take up a cultural opportunity by asking what it means to this client, in
     *                      the words of the client's sentence that brings it ({cultural} as said, {cultural_yours}
     *                      turned to "you")
     */
    public record Rewrites(List<String> understanding, List<String> form, String boundary,
            @JsonProperty("boundary_validate") List<String> boundaryValidate,
            @JsonProperty("boundary_kinds") Map<String, BoundaryRewrite> boundaryKinds,
            Map<String, List<String>> risk, List<String> cultural) {

        public static final Rewrites EMPTY = new Rewrites(null, null, null, null, null, null, null);

        public Rewrites {
            risk = risk == null ? Map.of() : Map.copyOf(risk.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue() == null ? List.<String>of() : List.copyOf(e.getValue()))));
            understanding = understanding == null ? List.of() : List.copyOf(understanding);
            form = form == null ? List.of() : List.copyOf(form);
            cultural = cultural == null ? List.of() : List.copyOf(cultural);
            boundaryValidate = boundaryValidate == null ? List.of() : List.copyOf(boundaryValidate);
            boundaryKinds = boundaryKinds == null ? Map.of() : Map.copyOf(boundaryKinds);
        }
    }

    /**
     * A skill to practise.
     *
     * @param mechanism the feedback mechanism it trains
     * @param criterion the criterion its replies are ranked by
     * @param name      what the trainee reads
     */
    public record Skill(String mechanism, String criterion, String name) {
    }

    /** What a good boundary reply says for one kind of request. */
    public record BoundaryRewrite(String limit, String reason, String alternative) {
    }
}
