package org.rapport.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A client line as a rupture is read in it: with the client's line before it and the trainee's reply
 * that came between. A rupture is a change in how the client engages, so "Fine." after a long, open
 * account and a piece of advice reads differently from "Fine." after "How was the drive?". Either
 * earlier part is empty where the conversation has none (the opening line, a line read on its own).
 */
public record ClientLine(String previousLine, String replyBefore, String text) {

    public ClientLine {
        previousLine = previousLine == null ? "" : previousLine;
        replyBefore = replyBefore == null ? "" : replyBefore;
        text = text == null ? "" : text;
    }

    /** A line read with no conversation before it. */
    public static ClientLine alone(String text) {
        return new ClientLine("", "", text);
    }

    /** Lines read each on its own. */
    public static List<ClientLine> alone(List<String> texts) {
        return texts.stream().map(ClientLine::alone).toList();
    }

    /**
     * Every client line of a conversation, in order, each with the client's line before it and the
     * trainee's turns since then (joined, in the rare case of two in a row).
     */
    public static <T> List<ClientLine> of(List<T> turns, Predicate<T> byClient, Function<T, String> text) {
        List<ClientLine> out = new ArrayList<>();
        String previous = "";
        StringBuilder reply = new StringBuilder();
        for (T t : turns) {
            if (byClient.test(t)) {
                out.add(new ClientLine(previous, reply.toString(), text.apply(t)));
                previous = text.apply(t);
                reply.setLength(0);
            } else {
                if (reply.length() > 0) reply.append(' ');
                reply.append(text.apply(t));
            }
        }
        return out;
    }
}
