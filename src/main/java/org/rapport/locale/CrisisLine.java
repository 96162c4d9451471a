package org.rapport.locale;

/** One service a client can reach, as feedback names it: "Samaritans 116 123 (free, any time)". */
public record CrisisLine(String name, String number, String how) {

    /** Name and number, with how to reach it in brackets when the file says. */
    public String text() {
        String named = name.endsWith(number) || name.startsWith(number) ? name : name + " " + number;
        return how == null || how.isBlank() ? named : named + " (" + how + ")";
    }
}
