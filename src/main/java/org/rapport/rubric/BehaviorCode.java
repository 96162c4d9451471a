package org.rapport.rubric;

/** The behaviour code of one trainee reply; {@code subtype} is null for {@link Behavior#OTHER}. */
public record BehaviorCode(Behavior behavior, Subtype subtype) {

    public BehaviorCode {
        java.util.Objects.requireNonNull(behavior, "behavior");
        if (subtype != null && subtype.behavior() != behavior) {
            throw new IllegalArgumentException(subtype.json() + " is not a subtype of " + behavior.json());
        }
    }

    public static BehaviorCode of(Subtype subtype) {
        return new BehaviorCode(subtype.behavior(), subtype);
    }

    public static BehaviorCode other() {
        return new BehaviorCode(Behavior.OTHER, null);
    }

    public boolean is(Subtype s) {
        return subtype == s;
    }
}
