package org.rapport.report;

import java.util.Locale;

/** Figures as reports print them: one decimal, a dot whatever the locale, blank or "n/a" when missing. */
final class Decimals {

    private Decimals() {
    }

    static String one(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String oneOrNa(Double value) {
        return value == null ? "n/a" : one(value);
    }

    static String two(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }
}
