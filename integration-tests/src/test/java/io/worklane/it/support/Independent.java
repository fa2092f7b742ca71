package io.worklane.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a scenario step that only needs the scenario's basic data, not the success of the steps
 * just before it: {@link StopAfterFirstFailure} runs it even after an earlier failure, and its own
 * failure does not skip the steps after it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Independent {
}
