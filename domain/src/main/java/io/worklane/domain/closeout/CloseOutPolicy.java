package io.worklane.domain.closeout;

import io.worklane.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * Policy: what keeps a project from closing, each as a reason like a guarded transition's refusal —
 * work items still open (neither done nor cancelled), and a final status report not published (none at
 * all, or a draft newer than the latest published one). An empty list lets it close.
 */
public final class CloseOutPolicy {
    static final int LISTED = 10;

    private CloseOutPolicy() {
    }

    /**
     * @param openItemKeys        the keys of the project's open items
     * @param publishedReports    how many reports were published
     * @param draftsAfterLatest   drafts newer than the latest published report
     */
    public static List<FieldError> reasons(List<String> openItemKeys, long publishedReports, long draftsAfterLatest) {
        List<FieldError> reasons = new ArrayList<>();
        if (!openItemKeys.isEmpty()) {
            String listed = String.join(", ", openItemKeys.subList(0, Math.min(LISTED, openItemKeys.size())))
                    + (openItemKeys.size() > LISTED ? " and " + (openItemKeys.size() - LISTED) + " more" : "");
            reasons.add(new FieldError("items", "ITEMS_OPEN", openItemKeys.size() + " work item(s) are neither done nor"
                    + " cancelled: " + listed + ". Finish or cancel them, or move them to another project."));
        }
        if (publishedReports == 0) {
            reasons.add(new FieldError("statusReport", "FINAL_REPORT_UNPUBLISHED", "The project has no published "
                    + "status report. Draft the final one (POST …/status-reports/draft) and publish it."));
        } else if (draftsAfterLatest > 0) {
            reasons.add(new FieldError("statusReport", "FINAL_REPORT_UNPUBLISHED", "The latest status report is a "
                    + "draft. Publish it (POST …/status-reports/{id}/publish) as the final report."));
        }
        return List.copyOf(reasons);
    }
}
