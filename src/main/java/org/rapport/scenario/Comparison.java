package org.rapport.scenario;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric test written in a scenario file: {@code ">=4"}, {@code "<=2"}, {@code ">3"}, {@code "<3"},
 * {@code "==3"} or a bare number (equality). A missing value (a criterion that did not apply, a MITI
 * figure with nothing to divide by) fails every comparison.
 */
public record Comparison(Operator operator, double value) {

    public enum Operator {
        AT_LEAST(">="), AT_MOST("<="), ABOVE(">"), BELOW("<"), EQUAL("==");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    private static final Pattern FORM = Pattern.compile("\\s*(>=|<=|==|>|<)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

    /** Parses a comparison, or throws {@link IllegalArgumentException} saying what form is expected. */
    public static Comparison parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a comparison; write \">=4\", \"<=2\", \">3\", \"<3\", \"==3\" or 3");
        }
        String symbol = m.group(1) == null ? "==" : m.group(1);
        Operator op = switch (symbol) {
            case ">=" -> Operator.AT_LEAST;
            case "<=" -> Operator.AT_MOST;
            case ">" -> Operator.ABOVE;
            case "<" -> Operator.BELOW;
            default -> Operator.EQUAL;
        };
        return new Comparison(op, Double.parseDouble(m.group(2)));
    }

    public boolean test(Number actual) {
        if (actual == null) return false;
        double a = actual.doubleValue();
        return switch (operator) {
            case AT_LEAST -> a >= value;
            case AT_MOST -> a <= value;
            case ABOVE -> a > value;
            case BELOW -> a < value;
            case EQUAL -> Math.abs(a - value) < 1e-9;
        };
    }

    /** True when some value in [min, max] passes, i.e. the test is not impossible on that scale. */
    boolean satisfiableWithin(double min, double max) {
        return switch (operator) {
            case AT_LEAST -> value <= max;
            case AT_MOST -> value >= min;
            case ABOVE -> value < max;
            case BELOW -> value > min;
            case EQUAL -> value >= min && value <= max;
        };
    }

    @Override
    public String toString() {
        String number = value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
        return operator.symbol + number;
    }
}
