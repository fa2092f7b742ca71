package io.worklane.api.application.statusreport;

import io.worklane.domain.shared.Change;
import io.worklane.domain.statusreport.Health;

/** What people edit on a draft: absent fields stay, null clears a text (health cannot be cleared). */
public record StatusReportPatch(Change<String> summary, Change<String> highlights, Change<String> nextSteps,
                                Change<Health> health) {
}
