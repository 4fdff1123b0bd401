package org.customerhub.source;

/** A registered source system as other capabilities see it. */
public record SourceInfo(long id, String code, String name, double trust) {
    static SourceInfo of(SourceSystem s) {
        return new SourceInfo(s.getId(), s.getCode(), s.getName(), s.getTrust());
    }
}
