package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Changes to a workspace; fields left null stay as they are.")
@Input("UpdateWorkspaceInput")
public class UpdateWorkspaceInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @Description("The version your change is based on; if the workspace changed since, the error CONFLICT.")
    public Integer expectedVersion;
    @Description("The new display name; null: unchanged.")
    public String name;
    @Description("The ISO 4217 code used when an amount gives none, e.g. EUR; null: unchanged.")
    public String defaultCurrency;
    @Description("The IANA time zone used for dates and working days, e.g. Europe/Paris; null: unchanged.")
    public String timeZone;
    @Description("One of PostgreSQL's built-in text search configurations (simple, english, german, …) its search "
            + "reads text with; changing it re-indexes the workspace's text.")
    public String searchConfig;
}
