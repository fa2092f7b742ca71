package io.worklane.api.application.imports;

/** An upload as read by the API layer: the mapping and the file's rows. */
public record ImportRequest(ImportMapping mapping, SourceTable table) {
}
