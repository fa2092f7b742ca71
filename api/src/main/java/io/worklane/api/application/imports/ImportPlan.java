package io.worklane.api.application.imports;

import java.util.List;
import java.util.Map;

/**
 * An import read and checked: its steps in the order a job runs them (items, parents before their children,
 * then dependencies), how many items it creates and updates, and every problem found. With problems it is
 * only reported: nothing is written.
 */
public record ImportPlan(java.util.UUID projectId, List<Map<String, Object>> steps, int creates, int updates, int dependencies,
                         List<ImportProblem> problems) {

    public int rows() {
        return creates + updates;
    }
}
