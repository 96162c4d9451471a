package org.rapport.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapport.authoring.YamlProblem;
import org.rapport.client.ClientState;
import org.rapport.rubric.BoundaryKind;
import org.rapport.rubric.RiskKind;
import org.rapport.rubric.Subtype;
import org.rapport.scenario.YamlNode.Entry;
import org.rapport.scenario.YamlNode.Mapping;
import org.rapport.scenario.YamlNode.Scalar;
import org.rapport.scenario.YamlNode.Sequence;

/**
 * Turns one scenario file into a {@link Scenario}, checking everything an author can get wrong and
 * collecting every problem (not just the first) with its line and field, so one run of
 * {@code scenario validate} gives the author the whole list.
 */
final class ScenarioReader {

    static final List<String> PRESENTATIONS = List.of("generalized-anxiety", "ocd", "panic", "depression",
            "specific-phobia", "boundaries", "health-anxiety", "grief", "alcohol-use", "couple-conflict", "migration-stress",
            "eating-disorder", "trauma", "other");
    static final List<String> DIFFICULTIES = List.of("beginner", "intermediate", "advanced");
    static final List<String> MODES = List.of("scripted", "llm");

    /** Where the file gives no start state: guarded trust, moderate distress, nothing disclosed yet. */
    static final ClientState DEFAULT_START = new ClientState(3, 5, 0);

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern BEAT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    private static final List<String> TOP_KEYS = List.of("id", "title", "presentation", "difficulty", "mode",
            "summary", "locale", "client", "objectives", "start", "state_model", "beats");
    private static final List<String> CLIENT_KEYS = List.of("name", "age", "gender", "pronouns", "culture",
            "background", "presenting_concern", "history", "core_beliefs", "intermediate_beliefs",
            "coping_strategies", "automatic_thoughts", "emotions", "behaviours", "style", "risk");
    private static final List<String> PERSONA_RISK_KEYS = List.of("kind", "disclose", "detail");
    private static final List<String> OBJECTIVE_KEYS = List.of("text", "met_when", "answering", "before");
    private static final List<String> STATE_KEYS = List.of("trust", "distress", "disclosure");
    private static final List<String> BEAT_KEYS = List.of("id", "client", "hint", "boundary", "risk", "end", "branches",
            "after_turn", "good_replies");
    /** The most good replies a beat may carry, and the longest one (a reply a trainee could say in one turn). */
    static final int MAX_GOOD_REPLIES = 8;
    static final int MAX_GOOD_REPLY_CHARS = 400;
    private static final List<String> BRANCH_KEYS = List.of("when", "say", "trust", "distress", "disclosure", "next");

    private final Path file;
    private final List<String> localeIds;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    private ScenarioReader(Path file, Set<String> localeIds) {
        this.file = file;
        this.localeIds = localeIds.stream().sorted().toList();
    }

    /** {@code localeIds}: the locales a scenario may name in {@code locale:}. */
    static ScenarioFile read(Path file, String text, Set<String> localeIds) throws IOException {
        return new ScenarioReader(file, localeIds).read(text);
    }

    private ScenarioFile read(String text) throws IOException {
        YamlNode root;
        try {
            root = YamlNode.read(text);
        } catch (YamlNode.SyntaxError e) {
            problem(e.line(), "(yaml)", e.getMessage());
            return done(null);
        }
        if (root == null) {
            problem(1, "(file)", "empty file; a scenario needs id, title, presentation, difficulty, mode, client, objectives");
            return done(null);
        }
        if (!(root instanceof Mapping top)) {
            problem(root.line(), "(file)", "a scenario file is a mapping of keys (id:, title:, ...), not " + kind(root));
            return done(null);
        }
        return done(scenario(top));
    }

    private ScenarioFile done(Scenario scenario) {
        problems.sort(java.util.Comparator.comparingInt(ScenarioProblem::line));
        return new ScenarioFile(file, problems.isEmpty() ? scenario : null, problems);
    }

    private Scenario scenario(Mapping top) {
        checkKeys(top, "", TOP_KEYS);
        String id = text(top, "id", "id", true);
        if (id != null) {
            if (!KEBAB.matcher(id).matches()) {
                problem(line(top, "id"), "id", "'" + id + "' must be kebab-case (lower-case words joined by hyphens)");
            }
            String expected = fileStem();
            if (expected != null && !expected.equals(id)) {
                problem(line(top, "id"), "id", "'" + id + "' does not match the file name; rename the file to "
                        + id + ".yaml or set id: " + expected);
            }
        }
        String title = text(top, "title", "title", true);
        String presentation = oneOf(top, "presentation", "presentation", PRESENTATIONS, true);
        String difficulty = oneOf(top, "difficulty", "difficulty", DIFFICULTIES, true);
        String mode = oneOf(top, "mode", "mode", MODES, true);
        String summary = text(top, "summary", "summary", false);
        String locale = oneOf(top, "locale", "locale", localeIds, false);
        boolean scripted = !"llm".equals(mode);

        ClientProfile client = null;
        YamlNode clientNode = top.get("client");
        if (clientNode == null) {
            problem(top.line(), "client", "missing; every scenario needs a client with at least name and age");
        } else if (clientNode instanceof Mapping m) {
            client = client(m, "llm".equals(mode));
        } else {
            problem(clientNode.line(), "client", "must be a mapping (name:, age:, ...), not " + kind(clientNode));
        }

        List<BeatIndex> index = indexBeats(top, scripted);
        Set<String> beatIds = new LinkedHashSet<>();
        index.forEach(b -> {
            if (b.id != null) beatIds.add(b.id);
        });

        List<Objective> objectives = objectives(top, beatIds);
        ClientState start = start(top);
        org.rapport.client.StateModel stateModel = stateModel(top);
        List<Beat> beats = new ArrayList<>();
        for (BeatIndex b : index) {
            Beat beat = beat(b, beatIds, scripted);
            if (beat != null) beats.add(beat);
        }
        if (!index.isEmpty() && beats.size() == index.size()) {
            checkFlow(top, beats, scripted);
        }
        if (!problems.isEmpty()) return null;
        return new Scenario(id, title, presentation, difficulty, mode, summary, client, objectives, start, beats, locale, stateModel);
    }

    // ---------------------------------------------------------------- client

    private ClientProfile client(Mapping m, boolean llm) {
        checkKeys(m, "client", CLIENT_KEYS);
        String name = text(m, "name", "client.name", true);
        Integer age = integer(m, "age", "client.age", true, 1, 120);
        String history = text(m, "history", "client.history", false);
        if (llm && history == null && !m.has("history")) {
            problem(m.line(), "client.history", "missing; an llm client plays from its history (the cognitive model)");
        }
        ConversationalStyle style = null;
        String styleId = text(m, "style", "client.style", false);
        if (styleId != null) {
            try {
                style = ConversationalStyle.parse(styleId);
            } catch (IllegalArgumentException e) {
                problem(line(m, "style"), "client.style", "'" + styleId + "' is not a style; use one of "
                        + String.join(", ", java.util.Arrays.stream(ConversationalStyle.values()).map(ConversationalStyle::id).toList()));
            }
        }
        PersonaRisk risk = personaRisk(m, llm);
        return new ClientProfile(name, age == null ? 0 : age, text(m, "gender", "client.gender", false),
                text(m, "pronouns", "client.pronouns", false), text(m, "culture", "client.culture", false),
                text(m, "background", "client.background", false),
                text(m, "presenting_concern", "client.presenting_concern", false), history,
                textList(m, "core_beliefs", "client.core_beliefs"),
                textList(m, "intermediate_beliefs", "client.intermediate_beliefs"),
                textList(m, "coping_strategies", "client.coping_strategies"),
                textList(m, "automatic_thoughts", "client.automatic_thoughts"),
                textList(m, "emotions", "client.emotions"), textList(m, "behaviours", "client.behaviours"), style, risk);
    }

    /**
     * {@code client.risk}: a risk an LLM persona keeps back until asked well. A scripted client's lines are the
     * author's, so there the risk is declared on the beats that carry it.
     */
    private PersonaRisk personaRisk(Mapping client, boolean llm) {
        YamlNode node = client.get("risk");
        if (node == null || node instanceof Scalar s && s.isNull()) return null;
        if (!llm) {
            problem(node.line(), "client.risk", "only an llm client keeps a risk back until asked; in a scripted scenario "
                    + "declare risk: on each beat whose line carries it");
            return null;
        }
        if (!(node instanceof Mapping m)) {
            problem(node.line(), "client.risk", "must be a mapping {kind: ..., disclose: when_asked, detail: ...}, not " + kind(node));
            return null;
        }
        checkKeys(m, "client.risk", PERSONA_RISK_KEYS);
        if (!m.has("kind")) problem(m.line(), "client.risk.kind", "missing; say which risk the client carries");
        RiskKind kind = kindOf(m, "kind", "client.risk.kind", RiskKind.values(), RiskKind::id, "risk kind");
        PersonaRisk.Disclosure disclose = kindOf(m, "disclose", "client.risk.disclose", PersonaRisk.Disclosure.values(),
                PersonaRisk.Disclosure::id, "way to disclose");
        String detail = text(m, "detail", "client.risk.detail", true);
        return kind == null || detail == null ? null : new PersonaRisk(kind, disclose, detail);
    }

    // ---------------------------------------------------------------- objectives and start

    private List<Objective> objectives(Mapping top, Set<String> beatIds) {
        YamlNode node = top.get("objectives");
        if (node == null) {
            problem(top.line(), "objectives", "missing; list what the trainee should practise, each with text and met_when");
            return List.of();
        }
        if (!(node instanceof Sequence seq) || seq.items().isEmpty()) {
            problem(node.line(), "objectives", "must be a non-empty list of objectives (text:, met_when:)");
            return List.of();
        }
        List<Objective> objectives = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            String path = "objectives[" + i + "]";
            if (!(item instanceof Mapping m)) {
                problem(item.line(), path, "an objective is a mapping with text and met_when, not " + kind(item));
                continue;
            }
            checkKeys(m, path, OBJECTIVE_KEYS);
            String text = text(m, "text", path + ".text", true);
            List<Condition> checks = conditions(m, "met_when", path + ".met_when", true, false, beatIds);
            List<String> answering = beatList(m, "answering", path + ".answering", beatIds);
            List<String> before = beatList(m, "before", path + ".before", beatIds);
            if (!answering.isEmpty() && !before.isEmpty()) {
                problem(m.get("before").line(), path + ".before", "give answering or before, not both");
            }
            if (before.size() > 1) problem(m.get("before").line(), path + ".before", "names one beat, not a list");
            objectives.add(new Objective(text, checks, answering, before.isEmpty() ? null : before.get(0)));
        }
        return objectives;
    }

    /** Beat ids under {@code key} (one id or a list), each checked against the scenario's beats. */
    private List<String> beatList(Mapping m, String key, String field, Set<String> beatIds) {
        YamlNode node = m.get(key);
        if (node == null) return List.of();
        List<String> values = scalars(node, field);
        if (values == null) return List.of();
        List<String> ids = new ArrayList<>();
        for (String v : values) {
            String id = v.trim();
            if (!beatIds.contains(id)) {
                problem(node.line(), field, "'" + id + "' is not a beat of this scenario");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private ClientState start(Mapping top) {
        YamlNode node = top.get("start");
        if (node == null) return DEFAULT_START;
        if (!(node instanceof Mapping m)) {
            problem(node.line(), "start", "must be a mapping {trust: N, distress: N, disclosure: N}, not " + kind(node));
            return DEFAULT_START;
        }
        checkKeys(m, "start", STATE_KEYS);
        Integer trust = integer(m, "trust", "start.trust", false, ClientState.MIN, ClientState.MAX);
        Integer distress = integer(m, "distress", "start.distress", false, ClientState.MIN, ClientState.MAX);
        Integer disclosure = integer(m, "disclosure", "start.disclosure", false, ClientState.MIN, ClientState.MAX);
        return new ClientState(trust == null ? DEFAULT_START.trust() : trust,
                distress == null ? DEFAULT_START.distress() : distress,
                disclosure == null ? DEFAULT_START.disclosure() : disclosure);
    }

    /** The pace of the client's state; every key is optional and defaults to {@link org.rapport.client.StateModel#DEFAULT}. */
    private org.rapport.client.StateModel stateModel(Mapping top) {
        YamlNode node = top.get("state_model");
        if (node == null || node instanceof Scalar s && s.isNull()) return org.rapport.client.StateModel.DEFAULT;
        if (!(node instanceof Mapping m)) {
            problem(node.line(), "state_model", "must be a mapping of whole numbers (" + String.join(", ", org.rapport.client.StateModel.KEYS)
                    + "), not " + kind(node));
            return org.rapport.client.StateModel.DEFAULT;
        }
        checkKeys(m, "state_model", org.rapport.client.StateModel.KEYS);
        java.util.Map<String, Integer> values = new java.util.LinkedHashMap<>();
        for (String key : org.rapport.client.StateModel.KEYS) {
            Integer v = integer(m, key, "state_model." + key, false, org.rapport.client.StateModel.min(key), org.rapport.client.StateModel.max(key));
            if (v != null) values.put(key, v);
        }
        return org.rapport.client.StateModel.of(values);
    }

    // ---------------------------------------------------------------- beats

    /** A beat's mapping and id, read first so that {@code next} and {@code reached} can be checked. */
    private record BeatIndex(Mapping node, String id, String path) {
    }

    private List<BeatIndex> indexBeats(Mapping top, boolean scripted) {
        YamlNode node = top.get("beats");
        if (node == null || node instanceof Scalar s && s.isNull()) {
            if (scripted) problem(top.line(), "beats", "missing; a scripted scenario needs beats, the first opening the session");
            return List.of();
        }
        if (!(node instanceof Sequence seq)) {
            problem(node.line(), "beats", "must be a list of beats, not " + kind(node));
            return List.of();
        }
        if (seq.items().isEmpty() && scripted) {
            problem(node.line(), "beats", "empty; a scripted scenario needs beats, the first opening the session");
        }
        List<BeatIndex> index = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            if (!(item instanceof Mapping m)) {
                problem(item.line(), "beats[" + i + "]", "a beat is a mapping (id:, client:, branches:), not " + kind(item));
                continue;
            }
            String id = text(m, "id", "beats[" + i + "].id", true);
            if (id != null && !BEAT_ID.matcher(id).matches()) {
                problem(line(m, "id"), "beats[" + i + "].id", "'" + id + "' must be one word of letters, digits, - or _");
                id = null;
            }
            if (id != null && firstLine.containsKey(id)) {
                problem(line(m, "id"), "beats[" + i + "].id", "duplicate beat id '" + id + "' (first used on line "
                        + firstLine.get(id) + ")");
                id = null;
            } else if (id != null) {
                firstLine.put(id, line(m, "id"));
            }
            index.add(new BeatIndex(m, id, id == null ? "beats[" + i + "]" : "beats[" + id + "]"));
        }
        return index;
    }

    private Beat beat(BeatIndex b, Set<String> beatIds, boolean scripted) {
        Mapping m = b.node;
        String path = b.path;
        checkKeys(m, path, BEAT_KEYS);
        String client = text(m, "client", path + ".client", true);
        String hint = text(m, "hint", path + ".hint", false);
        BoundaryKind boundary = kindOf(m, "boundary", path + ".boundary", BoundaryKind.values(), BoundaryKind::id, "boundary kind");
        RiskKind risk = kindOf(m, "risk", path + ".risk", RiskKind.values(), RiskKind::id, "risk kind");
        Boolean endFlag = bool(m, "end", path + ".end");
        boolean end = Boolean.TRUE.equals(endFlag);
        List<String> goodReplies = goodReplies(m, path + ".good_replies", end, client);
        Integer afterTurn = integer(m, "after_turn", path + ".after_turn", false, 1, 1000);
        if (afterTurn != null && scripted) {
            problem(line(m, "after_turn"), path + ".after_turn",
                    "only llm scenarios inject beats by turn; in a scripted scenario a branch's next leads here");
        }
        List<Branch> branches = new ArrayList<>();
        YamlNode node = m.get("branches");
        if (node != null && !(node instanceof Scalar s && s.isNull())) {
            if (!(node instanceof Sequence seq)) {
                problem(node.line(), path + ".branches", "must be a list of branches, not " + kind(node));
            } else {
                if (end && !seq.items().isEmpty()) {
                    problem(node.line(), path + ".branches", "an ending beat closes the conversation; it takes no branches");
                }
                for (int i = 0; i < seq.items().size(); i++) {
                    Branch branch = branch(seq.items().get(i), path + ".branches[" + i + "]", b.id, beatIds);
                    if (branch != null) branches.add(branch);
                }
                checkFallback(seq, branches, path);
            }
        } else if (!end && scripted) {
            problem(m.line(), path + ".branches", "missing; a beat that is not an ending (end: true) needs branches");
        }
        if (b.id == null || client == null) return null;
        return new Beat(b.id, client, boundary, hint, end, branches, afterTurn, m.line(), goodReplies, risk);
    }

    /** Authored good replies: text, distinct, a turn long, at most a few, never on an ending beat (nobody answers it). */
    private List<String> goodReplies(Mapping m, String field, boolean end, String client) {
        if (!m.entries().containsKey("good_replies")) return List.of();
        int line = line(m, "good_replies");
        List<String> replies = textList(m, "good_replies", field);
        if (end) problem(line, field, "an ending beat closes the conversation; nobody replies to it, so it takes no good replies");
        if (replies.size() > MAX_GOOD_REPLIES) problem(line, field, "at most " + MAX_GOOD_REPLIES + " good replies, has " + replies.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < replies.size(); i++) {
            String r = replies.get(i);
            if (r.length() > MAX_GOOD_REPLY_CHARS) {
                problem(line, field + "[" + i + "]", "is " + r.length() + " characters; a reply is at most " + MAX_GOOD_REPLY_CHARS);
            }
            if (!seen.add(r.toLowerCase(java.util.Locale.ROOT))) problem(line, field + "[" + i + "]", "repeats an earlier good reply");
            if (client != null && r.equalsIgnoreCase(client.strip())) problem(line, field + "[" + i + "]", "is the client's own line");
        }
        return replies;
    }

    private void checkFallback(Sequence seq, List<Branch> branches, String path) {
        if (branches.size() != seq.items().size() || branches.isEmpty()) return;
        for (int i = 0; i < branches.size() - 1; i++) {
            if (branches.get(i).isFallback()) {
                problem(branches.get(i).line(), path + ".branches[" + i + "]",
                        "a branch without 'when' catches every reply, so the branches after it are never tried; move it last");
            }
        }
        if (!branches.get(branches.size() - 1).isFallback()) {
            problem(seq.line(), path + ".branches", "no fallback: end with a branch without 'when' so every reply gets an answer");
        }
    }

    private Branch branch(YamlNode node, String path, String beatId, Set<String> beatIds) {
        if (!(node instanceof Mapping m)) {
            problem(node.line(), path, "a branch is a mapping (when:, say:, next:), not " + kind(node));
            return null;
        }
        checkKeys(m, path, BRANCH_KEYS);
        int before = problems.size();
        List<Condition> when = m.has("when") ? conditions(m, "when", path + ".when", true, true, beatIds) : List.of();
        String say = text(m, "say", path + ".say", false);
        Integer trust = integer(m, "trust", path + ".trust", false, -10, 10);
        Integer distress = integer(m, "distress", path + ".distress", false, -10, 10);
        Integer disclosure = integer(m, "disclosure", path + ".disclosure", false, -10, 10);
        String next = text(m, "next", path + ".next", false);
        if (next != null && !beatIds.contains(next)) {
            problem(line(m, "next"), path + ".next", "unknown beat '" + next + "'" + YamlProblem.closest(next, beatIds));
        }
        boolean stays = next == null || next.equals(beatId);
        if (stays && say == null && !m.has("say")) {
            problem(m.line(), path + ".say", "missing; a branch that stays in its beat must say something (or give next)");
        }
        if (problems.size() > before && when.isEmpty() && m.has("when")) return null;
        return new Branch(when, say, orZero(trust), orZero(distress), orZero(disclosure), next, m.line());
    }

    /** Reads {@code when} (branch = true) or {@code met_when} (branch = false). */
    private List<Condition> conditions(Mapping parent, String key, String path, boolean required, boolean branch,
            Set<String> beatIds) {
        YamlNode node = parent.get(key);
        if (node == null) {
            if (required) problem(parent.line(), path, "missing; say which results count (e.g. empathy: \">=4\")");
            return List.of();
        }
        if (!(node instanceof Mapping m) || m.entries().isEmpty()) {
            problem(node.line(), path, branch
                    ? "must be a non-empty mapping of tests (e.g. {empathy: \">=4\"}); leave 'when' out for the fallback"
                    : "must be a non-empty mapping of checks (e.g. {reached: some-beat, empathy: \">=3.5\"})");
            return List.of();
        }
        reportDuplicates(m, path);
        List<Condition> conditions = new ArrayList<>();
        for (Entry e : m.entries().values()) {
            String field = path + "." + e.key();
            var subject = ConditionSubject.find(e.key());
            if (subject.isEmpty() || (branch ? !subject.get().inBranches() : !subject.get().inObjectives())) {
                String why = subject.isPresent()
                        ? (branch ? e.key() + " is checked on the whole session (met_when), not on one reply"
                                : e.key() + " is tested on one reply (a branch's when), not on the whole session")
                        : "unknown subject '" + e.key() + "'";
                problem(e.keyLine(), field, why + "; use one of "
                        + (branch ? ConditionSubject.branchSubjects() : ConditionSubject.objectiveSubjects()));
                continue;
            }
            List<String> values = scalars(e.value(), field);
            if (values == null) continue;
            boolean ok = true;
            for (String v : values) {
                var wrong = subject.get().problemWith(v, beatIds);
                if (wrong.isPresent()) {
                    problem(e.value().line(), field, wrong.get());
                    ok = false;
                }
            }
            if (ok) conditions.add(new Condition(e.key(), values.stream().map(String::trim).toList(), e.keyLine()));
        }
        if (branch) checkBehaviourAgreesWithSubtype(conditions, path);
        return conditions;
    }

    /** {@code behavior: question} with {@code subtype: simple} can never match; say so. */
    private void checkBehaviourAgreesWithSubtype(List<Condition> conditions, String path) {
        Condition behavior = conditions.stream().filter(c -> c.subject().equals("behavior")).findFirst().orElse(null);
        Condition subtype = conditions.stream().filter(c -> c.subject().equals("subtype")).findFirst().orElse(null);
        if (behavior == null || subtype == null) return;
        boolean compatible = subtype.accepted().stream().anyMatch(s -> behavior.accepted()
                .contains(Subtype.parse(s).behavior().json()));
        if (!compatible) {
            problem(subtype.line(), path + ".subtype", "subtype " + String.join("/", subtype.accepted())
                    + " never goes with behavior " + String.join("/", behavior.accepted()) + ", so this branch can never be taken");
        }
    }

    private List<String> scalars(YamlNode node, String field) {
        if (node instanceof Scalar s) {
            if (s.isNull()) {
                problem(s.line(), field, "needs a value");
                return null;
            }
            return List.of(s.text());
        }
        if (node instanceof Sequence seq) {
            if (seq.items().isEmpty()) {
                problem(seq.line(), field, "an empty list accepts nothing; give at least one value");
                return null;
            }
            List<String> values = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (!(item instanceof Scalar s) || s.isNull()) {
                    problem(item.line(), field, "list items must be single values");
                    return null;
                }
                values.add(s.text());
            }
            return values;
        }
        problem(node.line(), field, "must be a value or a list of values (any of), not a mapping");
        return null;
    }

    // ---------------------------------------------------------------- flow between beats

    /**
     * Checks the conversation can flow: every beat can be reached from the opening (or is injected by
     * turn), and, for a scripted client, an ending can be reached, from the opening and from every
     * reachable beat (so a trainee can never be trapped in a loop).
     */
    private void checkFlow(Mapping top, List<Beat> beats, boolean scripted) {
        Map<String, Beat> byId = new LinkedHashMap<>();
        beats.forEach(b -> byId.put(b.id(), b));
        Beat first = beats.get(0);
        Set<String> roots = new LinkedHashSet<>();
        roots.add(first.id());
        beats.stream().filter(b -> b.afterTurn() != null).forEach(b -> roots.add(b.id()));
        Set<String> reachable = reach(roots, byId);
        for (Beat b : beats) {
            if (!reachable.contains(b.id())) {
                problem(b.line(), "beats[" + b.id() + "]", "unreachable: no branch leads here from '" + first.id() + "'");
            }
        }
        if (!scripted) return;
        if (first.end()) {
            problem(first.line(), "beats[" + first.id() + "].end", "the first beat opens the session; it cannot be an ending");
            return;
        }
        Set<String> endings = new HashSet<>();
        beats.stream().filter(Beat::end).forEach(b -> endings.add(b.id()));
        if (endings.isEmpty()) {
            problem(line(top, "beats"), "beats", "no ending: mark the closing beat(s) with end: true");
            return;
        }
        Set<String> leadToEnding = new HashSet<>();
        for (String id : reachable) {
            if (reach(Set.of(id), byId).stream().anyMatch(endings::contains)) leadToEnding.add(id);
        }
        if (!leadToEnding.contains(first.id())) {
            problem(line(top, "beats"), "beats", "no ending beat is reachable from '" + first.id() + "'");
            return;
        }
        for (String id : reachable) {
            if (!leadToEnding.contains(id)) {
                Beat b = byId.get(id);
                problem(b.line(), "beats[" + id + "].branches",
                        "no way on to an ending from here: every branch stays or loops back, trapping the trainee");
            }
        }
    }

    private static Set<String> reach(Set<String> roots, Map<String, Beat> byId) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            Beat beat = byId.get(id);
            if (beat == null || !seen.add(id)) continue;
            for (Branch branch : beat.branches()) {
                if (branch.next() != null) todo.push(branch.next());
            }
        }
        return seen;
    }

    // ---------------------------------------------------------------- scalar fields

    private String text(Mapping m, String key, String field, boolean required) {
        YamlNode node = m.get(key);
        if (node == null) {
            if (required) problem(m.line(), field, "missing");
            return null;
        }
        // YAML 1.1 reads a bare No, yes or off as true/false; a client who says "No" means the word.
        if (node instanceof Scalar s && !s.isNull()) {
            if (s.text().isBlank()) {
                if (required) problem(s.line(), field, "must not be blank");
                return null;
            }
            return s.text().strip();
        }
        if (node instanceof Scalar s && s.isNull()) {
            if (required) problem(s.line(), field, "missing (empty value)");
            return null;
        }
        problem(node.line(), field, "must be text, not " + kind(node));
        return null;
    }

    /**
     * A kind named by its id under {@code key} (a beat's boundary or risk, a persona's risk): exactly one of
     * {@code values}' ids, else a problem listing them; null when the key is absent or wrong.
     */
    private <E> E kindOf(Mapping m, String key, String field, E[] values, java.util.function.Function<E, String> id, String what) {
        String v = text(m, key, field, false);
        if (v == null) return null;
        for (E e : values) {
            if (id.apply(e).equals(v.strip())) return e;
        }
        List<String> ids = java.util.Arrays.stream(values).map(id).toList();
        problem(line(m, key), field, "'" + v + "' is not a " + what + "; use one of " + String.join(", ", ids)
                + YamlProblem.closest(v.strip(), ids));
        return null;
    }

    private String oneOf(Mapping m, String key, String field, List<String> allowed, boolean required) {
        String v = text(m, key, field, required);
        if (v != null && !allowed.contains(v)) {
            problem(line(m, key), field, "'" + v + "' is not allowed; use one of " + String.join(", ", allowed));
            return null;
        }
        return v;
    }

    private Integer integer(Mapping m, String key, String field, boolean required, int min, int max) {
        YamlNode node = m.get(key);
        if (node == null || node instanceof Scalar s0 && s0.isNull()) {
            if (required) problem(node == null ? m.line() : node.line(), field, "missing");
            return null;
        }
        if (!(node instanceof Scalar s) || !s.isInteger()) {
            problem(node.line(), field, "must be a whole number, not " + kind(node));
            return null;
        }
        long v;
        try {
            v = Long.parseLong(s.text());
        } catch (NumberFormatException e) {
            v = Long.MAX_VALUE;
        }
        if (v < min || v > max) {
            problem(s.line(), field, v + " is outside " + min + "-" + max);
            return null;
        }
        return (int) v;
    }

    private Boolean bool(Mapping m, String key, String field) {
        YamlNode node = m.get(key);
        if (node == null || node instanceof Scalar s0 && s0.isNull()) return null;
        if (node instanceof Scalar s && s.isBoolean()) return s.token() == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;
        problem(node.line(), field, "must be true or false, not " + kind(node));
        return null;
    }

    private List<String> textList(Mapping m, String key, String field) {
        YamlNode node = m.get(key);
        if (node == null || node instanceof Scalar s0 && s0.isNull()) return List.of();
        if (!(node instanceof Sequence seq)) {
            problem(node.line(), field, "must be a list (e.g. [\"...\", \"...\"]), not " + kind(node));
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof Scalar s && !s.isNull() && !s.text().isBlank()) {
                values.add(s.text().strip());
            } else {
                problem(item.line(), field, "list items must be text");
            }
        }
        return values;
    }

    // ---------------------------------------------------------------- keys and problems

    private void checkKeys(Mapping m, String path, List<String> allowed) {
        reportDuplicates(m, path);
        for (Entry e : m.entries().values()) {
            if (allowed.contains(e.key())) continue;
            String field = path.isEmpty() ? e.key() : path + "." + e.key();
            String hint = switch (e.key()) {
                case "otherwise", "default", "else" -> "a fallback is a branch without 'when', placed last";
                case "behaviors" -> "did you mean behaviours?";
                case "behaviour" -> "branch tests go under 'when'; the client list is 'behaviours'";
                default -> "expected one of " + String.join(", ", allowed) + YamlProblem.closest(e.key(), allowed);
            };
            problem(e.keyLine(), field, "unknown field; " + hint);
        }
    }

    private void reportDuplicates(Mapping m, String path) {
        for (Entry d : m.duplicates()) {
            problem(d.keyLine(), path.isEmpty() ? d.key() : path + "." + d.key(), "written twice in the same mapping");
        }
    }

    private static int line(Mapping m, String key) {
        Entry e = m.entries().get(key);
        return e == null ? m.line() : e.keyLine();
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    private String fileStem() {
        if (file == null || file.getFileName() == null) return null;
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String kind(YamlNode node) {
        if (node instanceof Mapping) return "a mapping";
        if (node instanceof Sequence) return "a list";
        Scalar s = (Scalar) node;
        if (s.isNull()) return "an empty value";
        if (s.isBoolean()) return "true/false";
        if (s.isNumber()) return "a number (" + s.text() + ")";
        return "text ('" + abbreviate(s.text()) + "')";
    }

    private static String abbreviate(String text) {
        return text.length() <= 30 ? text : text.substring(0, 27) + "...";
    }

    private void problem(int line, String field, String message) {
        problems.add(new ScenarioProblem(file, line, field, message));
    }
}
