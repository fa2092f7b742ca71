package io.worklane.api.application.job;

/** A step tried and undone on purpose (a dry run; an atomic run with a refused step): fails its transaction. */
final class TriedOnly extends RuntimeException {
    TriedOnly() {
        super("tried only", null, false, false);
    }
}
