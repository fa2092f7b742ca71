package io.worklane.domain.attachment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

class UploadLimitsTest {
    private final UploadLimits limits = new UploadLimits(25 * 1024 * 1024, 100 * 1024 * 1024);

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> limits.check(0, 0)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.ATTACHMENT_EMPTY);
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheLimit() {
        assertThatThrownBy(() -> limits.check(25 * 1024 * 1024 + 1, 0)).isInstanceOf(DomainException.class)
                .hasMessageContaining("26214400 bytes (25 MiB)")
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.ATTACHMENT_TOO_LARGE);
    }

    @Test
    void theQuotaCountsWhatIsUsedAndSaysWhatIsLeft() {
        assertThatCode(() -> limits.check(10, 100 * 1024 * 1024 - 10)).doesNotThrowAnyException();
        assertThatThrownBy(() -> limits.check(11, 100 * 1024 * 1024 - 10)).isInstanceOf(DomainException.class)
                .hasMessageContaining("10 bytes are left")
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.ATTACHMENT_QUOTA_EXCEEDED);
    }
}
