package dev.okr.okrfile;

/** How serious a {@link Problem} is: an error stops validation and the job; a warning does not. */
public enum Severity {
    ERROR,
    WARNING
}
