package org.rapport.rubric;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a reply speaks about the client to someone else in the room (an interpreter, a parent) instead of
 * to the client. Working with an interpreter, the counsellor speaks to the client in the second person and
 * lets the interpreter carry it; "can you ask her how long she's had them?" leaves the client out of her own
 * session. Read only where the client's line is spoken through someone, since elsewhere "does she know?" is
 * about a person in the client's life.
 */
public final class SpokenAbout {

    private static final Pattern THROUGH_SOMEONE = Pattern.compile("\\((?:speaking )?(?:through|via) (?:the |an |her |his |their )?interpreter\\b");
    // An instruction to the one who interprets, "can you ask her", "tell him", not "would you like to tell him?".
    private static final Pattern ASK_OR_TELL = Pattern.compile("(?:^|[.?!,;]\\s*)(?:(?:can|could|would|will) you (?:please )?|please )?"
            + "(?:ask|tell|check with|find out from) (?:her|him|them)\\b");
    // A question with the client as its third-person subject: "how long has she had them?"
    private static final Pattern THIRD_PERSON_QUESTION = Pattern.compile("(?:^|[.?!]\\s*)(?:and |so )?(?:(?:how|what|when|why|where|who)(?: \\w+)? )?"
            + "(?:does|is|has|did|was|can|could|will|would|do|are|have) (?:she|he)\\b");
    private static final Pattern SECOND_PERSON = Pattern.compile("\\b(?:you|your|yours|yourself)\\b");

    private SpokenAbout() {
    }

    /** Whether the client's line is spoken through an interpreter, as its stage direction says. */
    public static boolean throughSomeone(String clientLine) {
        return clientLine != null && THROUGH_SOMEONE.matcher(clientLine.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether {@code reply}, answering {@code clientLine}, speaks about the client rather than to them. */
    public static boolean theClient(String reply, String clientLine) {
        if (reply == null || !throughSomeone(clientLine)) return false;
        String t = reply.toLowerCase(Locale.ROOT).replace('’', '\'');
        return ASK_OR_TELL.matcher(t).find() || THIRD_PERSON_QUESTION.matcher(t).find() && !SECOND_PERSON.matcher(t).find();
    }
}
