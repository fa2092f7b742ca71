package io.worklane.api.graphql.notification;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateNotificationPreferencesInput")
@Description("Kinds to set; the others keep theirs. In every workspace of the caller, or only in `workspace`.")
public class UpdatePreferencesInput {
    @Description("Only this workspace (id or slug).")
    public String workspace;
    @NonNull
    @Description("At least one, at most 20.")
    public List<@NonNull PreferenceInput> preferences;
}
