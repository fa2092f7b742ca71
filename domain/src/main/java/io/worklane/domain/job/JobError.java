package io.worklane.domain.job;

/** A step of a job that did not go through: its position, what it was about (an item's key), why. */
public record JobError(int position, String ref, String code, String message) {
}
