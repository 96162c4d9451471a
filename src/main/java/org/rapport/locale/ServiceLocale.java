package org.rapport.locale;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a simulated client lives, as far as risk feedback is concerned: the crisis lines, emergency
 * number, child-protection and adult-safeguarding routes and the ethics code a trainee there works to.
 * Feedback about risk names these, never another country's.
 *
 * @param id a language-region tag such as {@code en-GB}
 */
public record ServiceLocale(String id, String country, String emergency, List<CrisisLine> crisisLines,
        CrisisLine youngPeople, CrisisLine domesticViolence, String childProtection, String adultSafeguarding,
        String ethicsCode) {

    public ServiceLocale {
        crisisLines = crisisLines == null ? List.of() : List.copyOf(crisisLines);
    }

    /** The crisis lines and the emergency number, e.g. "Samaritans 116 123 (free, any time), ..., or 999 in an emergency". */
    public String crisisResources() {
        return crisisResourcesBut(null);
    }

    /** The crisis lines but the one with {@code number}, and the emergency number. */
    private String crisisResourcesBut(String number) {
        List<String> parts = crisisLines.stream().filter(l -> !l.number().equals(number)).map(CrisisLine::text).toList();
        return parts.isEmpty() ? emergency + " in an emergency" : String.join(", ", parts) + ", or " + emergency + " in an emergency";
    }

    /** The crisis lines by name and number only ("Samaritans 116 123, NHS 111, 999"), for short lines. */
    public String crisisNumbers() {
        List<String> parts = new ArrayList<>();
        for (CrisisLine l : crisisLines) parts.add(l.name().contains(l.number()) ? l.name() : l.name() + " " + l.number());
        parts.add(emergency);
        return String.join(", ", parts);
    }

    /**
     * Feedback text with this locale's services in place of its placeholders: {@code {crisis_resources}},
     * {@code {crisis_line}} (the first crisis line, by name and number), {@code {emergency}},
     * {@code {child_protection}}, {@code {adult_safeguarding}}, {@code {young_people}},
     * {@code {domestic_violence}}, {@code {ethics_code}} and {@code {country}}. Null stays null.
     */
    public String fill(String text) {
        if (text == null) return null;
        CrisisLine first = crisisLines.isEmpty() ? null : crisisLines.get(0);
        // Where the young people's line is a crisis line too (988 in the US), a text naming both says it once.
        String named = youngPeople != null && text.contains("{young_people}") ? youngPeople.number() : null;
        return text.replace("{crisis_resources}", crisisResourcesBut(named))
                .replace("{crisis_line}", first == null ? emergency : first.name().contains(first.number()) ? first.name() : first.name() + " " + first.number())
                .replace("{emergency}", emergency)
                .replace("{child_protection}", childProtection.strip())
                .replace("{adult_safeguarding}", adultSafeguarding == null ? childProtection.strip() : adultSafeguarding)
                .replace("{young_people}", youngPeople == null ? crisisNumbers() : youngPeople.text())
                .replace("{domestic_violence}", domesticViolence == null ? crisisNumbers() : domesticViolence.text())
                .replace("{ethics_code}", ethicsCode)
                .replace("{country}", country);
    }

    /** Every telephone number this locale names, for checking that feedback cites no other locale's. */
    public List<String> numbers() {
        List<String> out = new ArrayList<>();
        // "112 or 999" is two numbers.
        for (String n : emergency.split("\\s+or\\s+")) out.add(n.strip());
        crisisLines.forEach(l -> out.add(l.number()));
        if (youngPeople != null) out.add(youngPeople.number());
        if (domesticViolence != null) out.add(domesticViolence.number());
        return List.copyOf(out);
    }
}
