package org.customerhub.governance;

/** Something in a mapping that does not follow the approved nomenclature: where, what, and how serious. */
public record Finding(Severity severity, String field, String message, String definition) {
    public enum Severity { NOTICE, WARNING }
}
