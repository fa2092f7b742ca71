package io.worklane.api.graphql.analytics;

import org.eclipse.microprofile.graphql.Description;

@Description("The length of a throughput period: a UTC day, an ISO week (from Monday) or a calendar month.")
public enum AnalyticsPeriod {
    DAY, WEEK, MONTH
}
