package org.rapport.rubric;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapport.nlp.PhraseList;

/** A rubric's lexicons compiled once into phrase matchers. */
final class Cues {

    final PhraseList feelings, reflectionStems, openStems, closedStems, elaboration, complexMarkers,
            acknowledgements, affirmations, structuring, advice, information, negotiation, options, repair,
            ruptureNaming, repairInvitation, adviceQuestions, feltExperiences, discounting;
    final PhraseList emotionStrong, emotionWeak, interpretStrong, interpretWeak, exploreGeneric, notExploring;
    final Map<Roadblock, PhraseList> roadblocks = new EnumMap<>(Roadblock.class);
    final Map<BoundaryKind, PhraseList> boundaryTests = new EnumMap<>(BoundaryKind.class);
    final Map<String, PhraseList> boundaryReply = new LinkedHashMap<>();

    Cues(Lexicons l) {
        feelings = PhraseList.of(l.feelings());
        reflectionStems = PhraseList.of(l.reflectionStems());
        openStems = PhraseList.of(l.openQuestionStems());
        closedStems = PhraseList.of(l.closedQuestionStems());
        elaboration = PhraseList.of(l.elaborationRequests());
        complexMarkers = PhraseList.of(l.complexReflectionMarkers());
        acknowledgements = PhraseList.of(l.acknowledgements());
        affirmations = PhraseList.of(l.affirmations());
        structuring = PhraseList.of(l.structuring());
        advice = PhraseList.of(l.advice());
        information = PhraseList.of(l.information());
        negotiation = PhraseList.of(l.negotiation());
        options = PhraseList.of(l.options());
        repair = PhraseList.of(l.repair());
        ruptureNaming = PhraseList.of(l.ruptureNaming());
        repairInvitation = PhraseList.of(l.repairInvitation());
        adviceQuestions = PhraseList.of(l.adviceQuestions());
        feltExperiences = PhraseList.of(l.feltExperiences());
        discounting = PhraseList.of(l.discounting());
        emotionStrong = PhraseList.of(l.emotionalReactions().get("strong"));
        emotionWeak = PhraseList.of(l.emotionalReactions().get("weak"));
        interpretStrong = PhraseList.of(l.interpretations().get("strong"));
        interpretWeak = PhraseList.of(l.interpretations().get("weak"));
        exploreGeneric = PhraseList.of(l.explorations().get("generic"));
        notExploring = PhraseList.of(l.explorations().get("not_exploring"));
        l.roadblocks().forEach((k, v) -> roadblocks.put(Roadblock.parse(k), PhraseList.of(v)));
        l.boundaryTests().forEach((k, v) -> boundaryTests.put(BoundaryKind.parse(k), PhraseList.of(v)));
        for (String key : Lexicons.BOUNDARY_REPLY_KEYS) {
            boundaryReply.put(key, PhraseList.of(l.boundaryReply().getOrDefault(key, List.of())));
        }
    }

    PhraseList boundaryReply(String key) {
        return boundaryReply.get(key);
    }
}
