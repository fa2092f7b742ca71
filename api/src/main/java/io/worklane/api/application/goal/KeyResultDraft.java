package io.worklane.api.application.goal;

import io.worklane.domain.goal.KeyResultKind;
import java.math.BigDecimal;

/** A new key result as a caller writes it (start, target and current are ignored for BOOLEAN and WORK). */
public record KeyResultDraft(String title, KeyResultKind kind, String currency, BigDecimal start, BigDecimal target,
                             BigDecimal current) {
}
