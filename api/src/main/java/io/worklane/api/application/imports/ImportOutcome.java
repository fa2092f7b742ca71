package io.worklane.api.application.imports;

import io.worklane.domain.job.Job;

/** What an import answers: the plan of a dry run (written nothing), or the job a real import was queued as. */
public record ImportOutcome(ImportMapping mapping, ImportPlan plan, Job job) {
}
