package com.solvent.model.lending;

import com.solvent.model.Checks;

import java.util.function.Function;

/**
 * The outcome of a what-if: the result, or the reason the venue would refuse the action.
 *
 * @param <T> the result type
 */
public sealed interface WhatIf<T> {
    /** The action goes through with {@code result}. */
    record Accepted<T>(T result) implements WhatIf<T> {
        public Accepted {
            Checks.required(result, "whatIf.result");
        }
    }

    /** The venue would refuse the action: {@code reason} says why, in the trader's words. */
    record Refused<T>(String reason) implements WhatIf<T> {
        public Refused {
            Checks.nonBlank(reason, "whatIf.reason");
        }
    }

    static <T> WhatIf<T> accepted(T result) {
        return new Accepted<>(result);
    }

    static <T> WhatIf<T> refused(String reason) {
        return new Refused<>(reason);
    }

    /** The result; fails with the refusal reason when refused. */
    default T orElseThrow() {
        return switch (this) {
            case Accepted<T> a -> a.result();
            case Refused<T> r -> throw new IllegalStateException(r.reason());
        };
    }

    default boolean isAccepted() {
        return this instanceof Accepted<T>;
    }

    default <U> WhatIf<U> map(Function<T, U> f) {
        return switch (this) {
            case Accepted<T> a -> new Accepted<>(f.apply(a.result()));
            case Refused<T> r -> new Refused<>(r.reason());
        };
    }
}
