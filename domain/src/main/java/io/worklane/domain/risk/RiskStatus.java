package io.worklane.domain.risk;

/** Where a risk stands. CLOSED and OCCURRED are settled: no longer a threat to weigh in the matrix. */
public enum RiskStatus {
    IDENTIFIED, ASSESSED, MITIGATING, CLOSED, OCCURRED;

    public boolean isOpen() {
        return this != CLOSED && this != OCCURRED;
    }
}
