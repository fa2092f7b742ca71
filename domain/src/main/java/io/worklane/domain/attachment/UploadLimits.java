package io.worklane.domain.attachment;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;

/**
 * What an upload must keep: not empty, at most {@code maxBytes}, and within what is left of the
 * workspace's {@code quotaBytes}. Every refusal names the limit, so a client can tell its user.
 */
public record UploadLimits(long maxBytes, long quotaBytes) {

    public void check(long size, long usedInWorkspace) {
        if (size <= 0) {
            throw new DomainException(ErrorCode.ATTACHMENT_EMPTY, "The file is empty (0 bytes): attach a file with"
                    + " content.");
        }
        if (size > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (usedInWorkspace + size > quotaBytes) {
            throw quotaExceeded(quotaBytes, usedInWorkspace, size);
        }
    }

    public static DomainException tooLarge(long maxBytes) {
        return new DomainException(ErrorCode.ATTACHMENT_TOO_LARGE, "The file is larger than the limit of " + maxBytes
                + " bytes (" + human(maxBytes) + ") per attachment. Nothing was stored.");
    }

    public static DomainException quotaExceeded(long quotaBytes, long used, long size) {
        return new DomainException(ErrorCode.ATTACHMENT_QUOTA_EXCEEDED, "The workspace's attachments would take "
                + (used + size) + " bytes, over its quota of " + quotaBytes + " bytes (" + human(quotaBytes)
                + "); " + Math.max(0, quotaBytes - used) + " bytes are left. Delete attachments or ask for a larger"
                + " quota. Nothing was stored.");
    }

    static String human(long bytes) {
        if (bytes >= 1024L * 1024 * 1024 && bytes % (1024L * 1024 * 1024) == 0) {
            return bytes / (1024L * 1024 * 1024) + " GiB";
        }
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes + " bytes";
    }
}
