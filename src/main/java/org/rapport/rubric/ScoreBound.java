package org.rapport.rubric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An expected score in a calibration case: {@code 4}, {@code >=4}, {@code <=2}, {@code 2-4} or {@code none}. */
record ScoreBound(int min, int max, boolean none) {

    private static final Pattern FORM = Pattern.compile("\\s*(?:(>=|<=)\\s*(\\d)|(\\d)\\s*-\\s*(\\d)|(\\d))\\s*");

    static ScoreBound parse(String text) {
        if (text.strip().equalsIgnoreCase("none") || text.strip().equalsIgnoreCase("null")) return new ScoreBound(0, 0, true);
        Matcher m = FORM.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("'" + text + "' is not a bound: write 4, >=4, <=2, 2-4 or none");
        if (m.group(1) != null) {
            int v = Integer.parseInt(m.group(2));
            return m.group(1).equals(">=") ? new ScoreBound(v, Integer.MAX_VALUE, false) : new ScoreBound(Integer.MIN_VALUE, v, false);
        }
        if (m.group(3) != null) return new ScoreBound(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), false);
        int v = Integer.parseInt(m.group(5));
        return new ScoreBound(v, v, false);
    }

    /** True when every number written in the bound lies within [low, high]. */
    boolean within(int low, int high) {
        return (min == Integer.MIN_VALUE || (min >= low && min <= high)) && (max == Integer.MAX_VALUE || (max >= low && max <= high));
    }

    @Override
    public String toString() {
        if (none) return "none";
        if (min == Integer.MIN_VALUE) return "<=" + max;
        if (max == Integer.MAX_VALUE) return ">=" + min;
        return min == max ? Integer.toString(min) : min + "-" + max;
    }

    boolean accepts(Integer value) {
        if (none) return value == null;
        return value != null && value >= min && value <= max;
    }
}
