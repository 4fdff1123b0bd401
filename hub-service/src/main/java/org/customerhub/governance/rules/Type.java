package org.customerhub.governance.rules;

/** What a fact or an expression of the rule language stands for. */
public enum Type {
    BOOL("true or false"), NUMBER("a number"), TEXT("a text"), TIME("a point in time");

    private final String description;

    Type(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
