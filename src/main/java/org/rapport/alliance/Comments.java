package org.rapport.alliance;

import org.rapport.scenario.ConversationalStyle;

/**
 * The client's one-line comment on the form, in their own voice: about the moment that weighed most on
 * their experience of the session (an unrepaired rupture, being rushed to tips, feeling judged, a
 * boundary that left them unsure), else about what helped.
 */
final class Comments {

    private Comments() {
    }

    static String of(ClientRatings.Events e, SessionRating r, ConversationalStyle style) {
        boolean pleasing = style == ConversationalStyle.PLEASING, reserved = style == ConversationalStyle.RESERVED;
        if (e.unrepairedConfrontations() > 0) {
            return pleasing ? "I'm sure you meant well, but when I said it wasn't working, it felt like you carried on anyway."
                    : reserved ? "I said it wasn't working. You kept going." : "When I told you this wasn't working, you just carried on.";
        }
        if (e.unrepaired() > 0) {
            return pleasing ? "It was fine, really. I went a bit quiet at one point, I don't think it showed."
                    : reserved ? "I went quiet. I don't think you noticed." : "I pulled back at one point and I don't think you noticed.";
        }
        if (e.premature() > 0) {
            return pleasing ? "The tips were kind of you. I just felt a bit rushed, like I hadn't finished explaining."
                    : reserved ? "Felt rushed when you went to tips." : "I felt rushed when you went to tips before you'd really heard me.";
        }
        if (e.alienating() > 0) {
            return reserved ? "Felt judged at times." : "At times I felt judged, like I was being told off.";
        }
        if (e.coldBoundaries() > 0) {
            String what = e.poorBoundary() == null ? "what I asked" : "what I asked about (" + e.poorBoundary().replace('-', ' ') + ")";
            return reserved ? "Wasn't sure where I stood after " + what + "." : "I wasn't sure where I stood after " + what + ".";
        }
        if (e.repaired() > 0 && !r.flagged()) {
            return reserved ? "You noticed when I pulled back. That helped."
                    : "When things went wrong for a moment, you noticed and owned it, and that made it easier to keep going.";
        }
        if (!r.flagged()) {
            return reserved ? "I felt heard. I'll come back." : pleasing ? "Honestly, I felt really listened to, not just nodded at."
                    : "I felt heard, and we got to what actually matters to me.";
        }
        if (e.advice() > 0) return reserved ? "Bit too much advice." : "It was okay, but there was more advice than listening.";
        return reserved ? "It was okay. Not sure we got anywhere." : "It was okay. I'm not sure we got to the part that matters most.";
    }

    static String noReplies(ConversationalStyle style) {
        return "We didn't really get started.";
    }
}
