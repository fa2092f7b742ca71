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
    @Description("SUCCEEDED; FAILED (an action was refused, e.g. by a guard; the change that triggered the rule "
            + "was kept); STOPPED_AT_DEPTH (not run: it would have been deeper than 5 in a chain of rules "
            + "triggering rules); SKIPPED (not run, message says why).")
    public enum RunStatus { SUCCEEDED, FAILED, STOPPED_AT_DEPTH, SKIPPED }

    /** The nullable fields of a rule that an update can clear. */
    @Enum("AutomationRuleField")
    @Description("The optional fields of an automation rule that an update can clear (PROJECT: every project).")
    public enum Field { PROJECT, CONDITION }

    @Type("AutomationRun")
    @Description("One execution of a rule: what it ran on, its depth in a chain of rules, how it ended and why.")
    public record Run(@Description("The automation run's id (a UUID).") @Id @NonNull String id,
                      @Description("The item it ran on; null for a scheduled run on no item.") @Id String workItemId,
                      @Description("How the run ended.") @NonNull RunStatus status,
                      @Description("Why it failed, stopped or was skipped; null when it succeeded.") String message,
                      @Description("Its place in a chain of rules triggering rules: 1 for a rule "
                              + "triggered by a person, a key or the scheduler.")
                      int depth,
                      @NonNull Instant startedAt,
                      @NonNull Instant finishedAt) {
        static Run of(RuleRuns.Logged logged) {
            var r = logged.run();
            return new Run(logged.id().toString(), r.workItemId() == null ? null : r.workItemId().toString(),
                    RunStatus.valueOf(r.status().name()), r.message(), r.depth(), r.startedAt(), r.finishedAt());
        }
    }

    @Type("AutomationRulePayload")
    @Description("The answer of a mutation that creates or changes an automation rule.")
    public record Payload(@Description("The automation rule as the mutation left it.")
                          @NonNull AutomationRule automationRule) {
    }
}
