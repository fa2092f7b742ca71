package io.worklane.api.application.imports;

/** What an uploaded file is: a CSV or JSON Lines file with a mapping, or an export of Jira (CSV) or Trello (JSON). */
public enum ImportFormat {
    CSV("file"), JSONL("file"), JIRA_CSV("jira"), TRELLO_JSON("trello");

    private final String defaultSource;

    ImportFormat(String defaultSource) {
        this.defaultSource = defaultSource;
    }

    /** The source external ids belong to when the mapping names none. */
    public String defaultSource() {
        return defaultSource;
    }
}
