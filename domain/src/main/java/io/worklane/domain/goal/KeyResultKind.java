package io.worklane.domain.goal;

/**
 * How a key result is measured. NUMBER, PERCENT and CURRENCY move by check-ins from start towards target;
 * BOOLEAN is done or not (0 → 1); WORK is derived from the goal's linked projects (done estimate ÷ all) and
 * takes no check-ins.
 */
public enum KeyResultKind {
    NUMBER, PERCENT, CURRENCY, BOOLEAN, WORK;

    public boolean checkedIn() {
        return this != WORK;
    }
}
