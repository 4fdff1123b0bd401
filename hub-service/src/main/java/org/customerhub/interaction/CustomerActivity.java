package org.customerhub.interaction;

import org.customerhub.governance.rules.Facts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A master's activity over all silos, as the rule language sees it: when it was first and last seen, how many
 * records and silos it has, and its interactions. New/lost definitions and contact policies are evaluated on it.
 */
public record CustomerActivity(long masterId, String customerNumber, Instant masterCreatedAt, List<Instant> recordsReceivedAt,
                               List<String> silos, List<Item> interactions) implements Facts {

    /** One interaction as rules see it; the id and content stay with the silo that reported it. */
    public record Item(long id, String silo, String sourceKey, String sourceInteractionId, String kind, String status,
                       Instant at, Instant endedAt, String summary) implements Facts {
        @Override
        public Object value(String name) {
            return switch (name) {
                case "kind" -> kind;
                case "status" -> status;
                case "silo" -> silo;
                case "at" -> at;
                case "ended_at" -> endedAt;
                default -> null;
            };
        }
    }

    @Override
    public Object value(String name) {
        return switch (name) {
            case "first_record_at" -> firstRecordAt();
            case "first_seen_at" -> Stream.concat(Stream.ofNullable(firstRecordAt()), interactions.stream().map(Item::at))
                    .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            case "last_interaction_at" -> interactions.stream().map(Item::at).max(Comparator.naturalOrder()).orElse(null);
            case "master_created_at" -> masterCreatedAt;
            case "records" -> recordsReceivedAt.size();
            case "silos" -> silos.stream().distinct().count();
            case "interactions" -> interactions.size();
            default -> null;
        };
    }

    @Override
    public List<? extends Facts> items() {
        return interactions;
    }

    public Instant firstRecordAt() {
        return recordsReceivedAt.stream().min(Comparator.naturalOrder()).orElse(null);
    }

    /** The same activity with more facts on top, such as who asks and why in a contact check. */
    public Facts with(java.util.Map<String, Object> extra) {
        CustomerActivity self = this;
        return new Facts() {
            @Override
            public Object value(String name) {
                return extra.containsKey(name) ? extra.get(name) : self.value(name);
            }

            @Override
            public List<? extends Facts> items() {
                return self.items();
            }
        };
    }
}
