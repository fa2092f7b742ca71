package io.worklane.domain.workitem;

/** Kinds of work item. Per-project types with their own workflows arrive with the workflow engine. */
public enum WorkItemType { TASK, BUG, STORY, EPIC, MILESTONE, REQUEST }
