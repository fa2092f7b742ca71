package io.worklane.domain.webhook;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;

/** A range of a workspace's event seqs to send again, both ends included; checked against a size cap. */
public record ReplayRange(long fromSeq, long toSeq) {

    /** Refuses a reversed range (REPLAY_RANGE_REVERSED) and one longer than {@code cap} (REPLAY_RANGE_TOO_LARGE). */
    public static ReplayRange of(Long fromSeq, Long toSeq, int cap) {
        if (fromSeq == null || toSeq == null || fromSeq < 1) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "fromSeq and toSeq are required, and seqs start"
                    + " at 1: give e.g. {\"fromSeq\": 1, \"toSeq\": 100}.");
        }
        if (toSeq < fromSeq) {
            throw new DomainException(ErrorCode.REPLAY_RANGE_REVERSED, "toSeq " + toSeq + " is before fromSeq "
                    + fromSeq + ": the range includes both ends, so toSeq must be fromSeq or later.");
        }
        if (toSeq - fromSeq + 1 > cap) {
            throw new DomainException(ErrorCode.REPLAY_RANGE_TOO_LARGE, "The range holds " + (toSeq - fromSeq + 1)
                    + " events; at most " + cap + " can be replayed at once. Split it, e.g. " + fromSeq + " to "
                    + (fromSeq + cap - 1) + " first.");
        }
        return new ReplayRange(fromSeq, toSeq);
    }
}
