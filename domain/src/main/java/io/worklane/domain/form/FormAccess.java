package io.worklane.domain.form;

/** Who may open and submit a form: anyone with its link, or only the workspace's members (and its keys). */
public enum FormAccess { PUBLIC, MEMBERS }
