package org.rapport.report;

import java.util.Locale;

/** The forms a grade can be written in. HTML is a folder of pages; the others are one file or stream. */
public enum GradeFormat {
    TEXT, JSON, CSV, HTML;

    public static GradeFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "': expected text, json, csv or html");
        }
    }
}
