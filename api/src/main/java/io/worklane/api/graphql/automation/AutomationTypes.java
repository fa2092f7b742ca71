package io.worklane.api.graphql.automation;

import io.worklane.domain.automation.RuleRuns;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The run log and payload types of automation rules. */
final class AutomationTypes {
    private AutomationTypes() {
    }

    @Enum("AutomationRunStatus")
    public enum RunStatus { SUCCEEDED, FAILED, STOPPED_AT_DEPTH, SKIPPED }

    /** The nullable fields of a rule that an update can clear. */
    @Enum("AutomationRuleField")
    public enum Field { PROJECT, CONDITION }

    @Type("AutomationRun")
    @Description("One execution of a rule: what it ran on, its depth in a chain of rules, how it ended and why.")
    public record Run(@Id @NonNull String id, @Id String workItemId, @NonNull RunStatus status, String message,
                      int depth, @NonNull Instant startedAt, @NonNull Instant finishedAt) {
        static Run of(RuleRuns.Logged logged) {
            var r = logged.run();
            return new Run(logged.id().toString(), r.workItemId() == null ? null : r.workItemId().toString(),
                    RunStatus.valueOf(r.status().name()), r.message(), r.depth(), r.startedAt(), r.finishedAt());
        }
    }

    @Type("AutomationRulePayload")
    public record Payload(@NonNull AutomationRule automationRule) {
    }
}
