package org.customerhub.governance;

/**
 * A definition version's place in its lifecycle: drafted, voted on, approved (in force from its effective date
 * until a later approved version takes over), deprecated. A rejected proposal goes back to draft.
 */
public enum DefinitionStatus {
    DRAFT, IN_REVIEW, APPROVED, DEPRECATED
}
