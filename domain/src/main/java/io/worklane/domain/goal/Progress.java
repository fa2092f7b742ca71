package io.worklane.domain.goal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Progress of a key result, 0 to 1 (docs/goals.md): (current − start) ÷ (target − start), clamped, which holds for
 * a decreasing target too; BOOLEAN is 0 or 1; WORK is the linked projects' done estimate ÷ all. Figures are kept
 * unrounded while they roll up and shown to 4 decimals.
 */
public final class Progress {
    static final MathContext EXACT = MathContext.DECIMAL64;

    private Progress() {
    }

    /** @param work done and all estimate minutes of the goal's linked projects (used by WORK only) */
    public static BigDecimal of(KeyResult kr, long workDone, long workAll) {
        if (kr.kind() == KeyResultKind.WORK) {
            return workAll <= 0 ? BigDecimal.ZERO : clamp(BigDecimal.valueOf(workDone)
                    .divide(BigDecimal.valueOf(workAll), EXACT));
        }
        BigDecimal span = kr.target().subtract(kr.start());
        if (span.signum() == 0) {
            return kr.current().compareTo(kr.target()) == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return clamp(kr.current().subtract(kr.start()).divide(span, EXACT));
    }

    public static BigDecimal shown(BigDecimal progress) {
        return progress == null ? null : progress.setScale(4, RoundingMode.HALF_UP);
    }

    private static BigDecimal clamp(BigDecimal p) {
        return p.signum() < 0 ? BigDecimal.ZERO : p.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : p;
    }
}
