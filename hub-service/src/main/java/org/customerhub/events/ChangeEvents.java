package org.customerhub.events;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.Json;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where mastering announces a change to subscribers. It joins the caller's transaction (mastering calls it from
 * inside the change), so the event is written exactly when the change is: the transactional outbox.
 */
@Singleton
public class ChangeEvents {
    public static final String CREATED = "master.created";
    public static final String UPDATED = "master.updated";
    public static final String MERGED = "master.merged";
    public static final String UNMERGED = "master.unmerged";
    public static final java.util.List<String> TYPES = java.util.List.of(CREATED, UPDATED, MERGED, UNMERGED);

    private final ChangeEventRepository events;

    public ChangeEvents(ChangeEventRepository events) {
        this.events = events;
    }

    /**
     * @param sources the codes of the sources whose records are on the masters concerned
     * @param data    what changed, by customer numbers and attribute names only: subscribers read the master itself
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, String customerNumber, Collection<String> sources, Map<String, Object> data) {
        if (!TYPES.contains(type)) throw new IllegalArgumentException("unknown event type " + type);
        events.save(new ChangeEvent(type, customerNumber, String.join(",", new TreeSet<>(sources)), Json.write(data)));
    }
}
