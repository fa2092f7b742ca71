package io.worklane.domain.limits;

/**
 * The shared bucket's answer to a lease: how many tokens it gave ({@code granted}, up to what was
 * asked) and how many it still holds after that ({@code left}, fractional: it refills continuously).
 */
public record Grant(int granted, double left) {
}
