package io.worklane.domain.planning;

/**
 * How a successor waits for its predecessor (docs/scheduling.md): FS finish-to-start, SS start-to-start,
 * FF finish-to-finish, SF start-to-finish. The lag (in working days) is added to the predecessor's date.
 */
public enum DependencyType {
    FS, SS, FF, SF;

    /** Whether the successor's start is what waits (FS, SS); otherwise its finish does (FF, SF). */
    public boolean constrainsStart() {
        return this == FS || this == SS;
    }

    /** Whether it is the predecessor's finish that counts (FS, FF); otherwise its start (SS, SF). */
    public boolean fromFinish() {
        return this == FS || this == FF;
    }
}
