package io.worklane.api.rest.imports;

import io.worklane.api.application.imports.ImportOutcome;
import io.worklane.api.application.imports.ImportService;
import io.worklane.api.application.job.JobService;
import io.worklane.api.rest.job.JobDtos;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.openapi.model.ImportProblem;
import io.worklane.openapi.model.ImportReport;
import java.util.List;

/** An import's answer: a dry run's report (200), or the job a real import was queued as (202, Location). */
final class ImportAnswers {
    private ImportAnswers() {
    }

    static RestResponses.Recorded answer(ImportOutcome o) {
        if (o.job() != null) {
            return new RestResponses.Recorded(202, JobDtos.of(new JobService.JobView(o.job(), List.of())),
                    JobDtos.location(o.job()));
        }
        var plan = o.plan();
        ImportReport report = new ImportReport().dryRun(true)
                .format(ImportReport.FormatEnum.valueOf(o.mapping().format().name()))
                .source(o.mapping().sourceOrDefault()).rows(plan.rows()).creates(plan.creates())
                .updates(plan.updates()).dependencies(plan.dependencies()).problemCount(plan.problems().size())
                .problems(plan.problems().stream().limit(ImportService.PROBLEMS_SHOWN)
                        .map(p -> new ImportProblem().row(p.row()).column(p.column()).code(p.code()).message(p.message()))
                        .toList());
        return new RestResponses.Recorded(200, report, null);
    }
}
