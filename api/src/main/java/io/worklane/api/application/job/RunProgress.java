package io.worklane.api.application.job;

import io.worklane.domain.job.Job;

/** Where a run got to: steps done (of them refused), and whether it stopped early or already ended the job. */
record RunProgress(int done, int failed, boolean stopped, boolean finished) {
    static RunProgress from(Job job) {
        return new RunProgress(job.done(), job.failed(), false, false);
    }

    static RunProgress stoppedAt(Job job) {
        return new RunProgress(job.done(), job.failed(), true, false);
    }

    static RunProgress ended(int total, int failed) {
        return new RunProgress(total, failed, false, true);
    }

    RunProgress next(boolean refused) {
        return new RunProgress(done + 1, failed + (refused ? 1 : 0), false, false);
    }

    RunProgress advance(int steps) {
        return new RunProgress(done + steps, failed, false, false);
    }

    RunProgress stop() {
        return new RunProgress(done, failed, true, false);
    }
}
