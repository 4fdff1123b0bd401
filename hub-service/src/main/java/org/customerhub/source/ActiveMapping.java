package org.customerhub.source;

import org.customerhub.source.mapping.FieldMapping;

/** The mapping version a source's records are currently read with. */
public record ActiveMapping(SourceInfo source, int version, FieldMapping mapping) {
}
