package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The comparisons of the filter language, as GraphQL names them. */
@Enum("FilterOperator")
@Description("A comparison of the filter language: EQ (=), NE (!=), LT (<), LE (<=), GT (>), GE (>=), MATCHES (~, "
        + "contains ignoring case), IN, NOT_IN, CONTAINS (a list holds the value), IS_EMPTY, IS_NOT_EMPTY.")
public enum FilterOperator {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), MATCHES("~"), IN("IN"), NOT_IN("NOT IN"),
    CONTAINS("CONTAINS"), IS_EMPTY("IS EMPTY"), IS_NOT_EMPTY("IS NOT EMPTY");

    private final String spelling;

    FilterOperator(String spelling) {
        this.spelling = spelling;
    }

    String spelling() {
        return spelling;
    }
}
