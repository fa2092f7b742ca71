package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Places a work item right before or right after another item of its project (exactly one of before "
        + "and after), e.g. workItem \"ENG-12\", before \"ENG-7\".")
@Input("RankWorkItemInput")
public class RankWorkItemInput {
    @NonNull
    @Description("The workspace's slug or id.")
    public String workspace;
    @NonNull
    @Description("The key (ENG-12) or id of the item to move.")
    public String workItem;
    @Description("The key or id of the item to place it right before.")
    public String before;
    @Description("The key or id of the item to place it right after.")
    public String after;
    @Description("The item's version; another is the error CONFLICT.")
    public Integer expectedVersion;
}
