package io.worklane.domain.view;

/** Who sees a saved view: everyone in the workspace, or its owner alone. */
public enum ViewSharing {
    WORKSPACE, PRIVATE
}
