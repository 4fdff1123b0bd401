package org.customerhub.common;

/** One thing wrong with a client's input: where (a field name or path) and what. */
public record Violation(String field, String message) {
}
