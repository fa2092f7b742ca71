package io.worklane.api.graphql.workitem;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One comparison of a field, as in the filter language: e.g. {field: \"priority\", op: GE, values: "
        + "[\"HIGH\"]}. Values are read as the text form reads them (a number, a date, today+3d, me, true, a key), "
        + "anything else as quoted text. IN and NOT_IN take several values, IS_EMPTY and IS_NOT_EMPTY none, the "
        + "others one.")
@Input("FilterCondition")
public class FilterCondition {
    @NonNull
    @Description("A field of the filter language, e.g. priority, assignee, dueDate, customFields.cost.")
    public String field;
    @NonNull
    @Description("The comparison.")
    public FilterOperator op;
    @Description("The value(s) compared with: none for IS_EMPTY and IS_NOT_EMPTY, one or more for IN and NOT_IN, "
            + "one otherwise.")
    public List<@NonNull String> values;
}
