package io.worklane.api.rest.analytics;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.analytics.DashboardService;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.analytics.Interval;
import io.worklane.openapi.api.AnalyticsApi;
import io.worklane.openapi.model.AnalyticsPeriod;
import io.worklane.openapi.model.BurnMeasure;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** The dashboard series over REST: translation only (AnalyticsDtos maps the answers). */
@Authenticated
public class AnalyticsResource implements AnalyticsApi {
    private final DashboardService dashboards;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public AnalyticsResource(DashboardService dashboards, CurrentCaller caller, RestResponses responses) {
        this.dashboards = dashboards;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> getThroughput(String ws, LocalDate from, LocalDate to, String filter, UUID view,
                                                   AnalyticsPeriod period) {
        Interval per = period == null ? Interval.WEEK : Interval.valueOf(period.name());
        return answer(ws, filter, view, from, to, s -> dashboards.throughput(s, per)
                .map(buckets -> AnalyticsDtos.throughput(s.range(), per, buckets)));
    }

    @Override
    public CompletionStage<Response> getCumulativeFlow(String ws, LocalDate from, LocalDate to, String filter,
                                                       UUID view) {
        return answer(ws, filter, view, from, to, s -> dashboards.cumulativeFlow(s)
                .map(rows -> AnalyticsDtos.cumulativeFlow(s.range(), rows)));
    }

    @Override
    public CompletionStage<Response> getFlowTimes(String ws, LocalDate from, LocalDate to, String filter, UUID view) {
        return answer(ws, filter, view, from, to, s -> dashboards.flowTimes(s)
                .map(times -> AnalyticsDtos.flowTimes(s.range(), times)));
    }

    @Override
    public CompletionStage<Response> getBurnChart(String ws, LocalDate from, LocalDate to, String filter, UUID view,
                                                  BurnMeasure measure) {
        boolean byEstimate = measure == BurnMeasure.ESTIMATE;
        return answer(ws, filter, view, from, to, s -> dashboards.burn(s, byEstimate)
                .map(days -> AnalyticsDtos.burn(s.range(), byEstimate, days)));
    }

    @Override
    public CompletionStage<Response> getAgeingWork(String ws, String filter, UUID view) {
        return answer(ws, filter, view, null, null, s -> dashboards.ageing(s)
                .map(items -> AnalyticsDtos.ageing(dashboards.now(), items)));
    }

    @Override
    public CompletionStage<Response> getOverdue(String ws, String filter, UUID view) {
        return answer(ws, filter, view, null, null, s -> dashboards.overdue(s).map(AnalyticsDtos::overdue));
    }

    private <T> CompletionStage<Response> answer(String ws, String filter, UUID view, LocalDate from, LocalDate to,
                                                 Function<DashboardService.Scoped, Uni<T>> series) {
        Uni<T> answer = dashboards.scope(caller.get(), ws, filter, view == null ? null : view.toString(), from, to)
                .chain(s -> series.apply(s));
        return responses.list(answer, dto -> dto);
    }
}
