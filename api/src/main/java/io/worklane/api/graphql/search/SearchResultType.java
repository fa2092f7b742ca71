package io.worklane.api.graphql.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("SearchResultType")
@Description("A kind of object search finds.")
public enum SearchResultType {
    WORK_ITEM, COMMENT, PROJECT, RISK
}
