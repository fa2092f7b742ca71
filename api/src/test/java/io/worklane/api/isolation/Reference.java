package io.worklane.api.isolation;

/**
 * One object of a workspace as a caller names it: {@code type} is its GraphQL type name
 * (Workspace, WorkItem...), {@code key} its human reference (slug or key; null when it has none).
 */
record Reference(String type, String key, String id) {

    String in(IdForm form) {
        return form.usesKeys() && key != null ? key : id;
    }

    boolean isWorkspace() {
        return "Workspace".equals(type);
    }
}
