package org.customerhub.source.mapping;

import org.customerhub.customer.CanonicalAttribute;

import java.util.List;

/**
 * What the hub does with one source column: fill canonical targets through a transform, or ignore it.
 *
 * @param column    the source's column name, exactly as the source sends it
 * @param transform how the value is split; {@link Transform#COPY} for ignored columns
 * @param targets   canonical attributes filled by the transform's parts, in order; empty when ignored
 * @param format    date pattern, for columns filling date_of_birth; else null
 * @param region    phone region overriding the mapping's phone-region; else null
 * @param ignored   a known column the hub does not use
 * @param onInvalid what an unreadable value (a date that is no real day) does to the record; reject by default
 */
public record FieldRule(
        String column,
        Transform transform,
        List<CanonicalAttribute> targets,
        String format,
        String region,
        boolean ignored,
        OnInvalid onInvalid) {

    public FieldRule {
        transform = transform == null ? Transform.COPY : transform;
        targets = targets == null ? List.of() : List.copyOf(targets);
        onInvalid = onInvalid == null ? OnInvalid.REJECT : onInvalid;
    }

    /** A rule that rejects records with unreadable values (the default). */
    public FieldRule(String column, Transform transform, List<CanonicalAttribute> targets, String format, String region,
                     boolean ignored) {
        this(column, transform, targets, format, region, ignored, OnInvalid.REJECT);
    }

    public static FieldRule copy(String column, CanonicalAttribute target) {
        return new FieldRule(column, Transform.COPY, List.of(target), null, null, false);
    }

    public static FieldRule ignore(String column) {
        return new FieldRule(column, Transform.COPY, List.of(), null, null, true);
    }
}
