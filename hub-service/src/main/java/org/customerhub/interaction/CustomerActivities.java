package org.customerhub.interaction;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.mastering.MasterRecord;
import org.customerhub.source.SourceRegistry;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads masters' activity in batches: their source records and the interactions stored against them. */
@Singleton
public class CustomerActivities {
    private final SourceRecordRepository records;
    private final InteractionRepository interactions;
    private final SourceRegistry sources;

    public CustomerActivities(SourceRecordRepository records, InteractionRepository interactions, SourceRegistry sources) {
        this.records = records;
        this.interactions = interactions;
        this.sources = sources;
    }

    @Transactional
    public CustomerActivity of(MasterRecord master) {
        return of(List.of(master)).get(0);
    }

    @Transactional
    public List<CustomerActivity> of(Collection<MasterRecord> masters) {
        if (masters.isEmpty()) return List.of();
        List<SourceRecord> all = records.findByMasterIdIn(masters.stream().map(MasterRecord::getId).toList());
        Map<Long, SourceRecord> recordById = all.stream().collect(Collectors.toMap(SourceRecord::getId, r -> r));
        Map<Long, List<SourceRecord>> byMaster = all.stream().collect(Collectors.groupingBy(SourceRecord::getMasterId));
        Map<Long, List<Interaction>> byRecord = recordById.isEmpty() ? Map.of()
                : interactions.findBySourceRecordIdIn(recordById.keySet()).stream().collect(Collectors.groupingBy(Interaction::getSourceRecordId));
        return masters.stream().map(m -> {
            List<SourceRecord> own = byMaster.getOrDefault(m.getId(), List.of());
            List<CustomerActivity.Item> items = own.stream()
                    .flatMap(r -> byRecord.getOrDefault(r.getId(), List.of()).stream().map(i -> item(i, r)))
                    .sorted(Comparator.comparing(CustomerActivity.Item::at).reversed()).toList();
            return new CustomerActivity(m.getId(), m.getCustomerNumber(), m.getCreatedAt(),
                    own.stream().map(SourceRecord::getCreatedAt).toList(),
                    own.stream().map(r -> sources.byId(r.getSourceId()).code()).toList(), items);
        }).toList();
    }

    private CustomerActivity.Item item(Interaction i, SourceRecord r) {
        return new CustomerActivity.Item(i.getId(), sources.byId(i.getSourceId()).code(), r.getSourceKey(), i.getSourceInteractionId(),
                i.getKind(), i.getStatus(), i.getOccurredAt(), i.getEndedAt(), i.getSummary());
    }
}
