package io.worklane.api.graphql.view;

import org.eclipse.microprofile.graphql.Description;

@Description("WORKSPACE: everyone in the workspace sees the view; PRIVATE: its owner alone.")
public enum ViewSharing {
    WORKSPACE, PRIVATE
}
