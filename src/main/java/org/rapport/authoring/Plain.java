package org.rapport.authoring;

/** A library's message with the Java type names it sometimes quotes taken out. */
public final class Plain {

    private Plain() {
    }

    public static String words(String message) {
        if (message == null) return "";
        return message.replaceAll("`[^`]*`", "a value")
                .replaceAll("\\(?\\bclass (?:[a-z][a-z0-9_]*\\.)+[A-Za-z0-9_$]+\\)?", "")
                .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)?:?", "")
                .replaceAll("\\s+", " ").strip();
    }
}
