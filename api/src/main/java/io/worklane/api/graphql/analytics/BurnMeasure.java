package io.worklane.api.graphql.analytics;

import org.eclipse.microprofile.graphql.Description;

@Description("What a burn chart counts: items, or minutes of estimate (an item without one counts 0).")
public enum BurnMeasure {
    COUNT, ESTIMATE
}
