package org.customerhub.cleansing;

import jakarta.inject.Singleton;
import org.customerhub.common.Json;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.mastering.Contribution;
import org.customerhub.mastering.ContributionProvider;
import org.customerhub.source.SourceRegistry;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cleanser as a contributing source of its own: for each member record, its accepted proposals' values, under
 * the source code {@code cleansing:<cleanser>} and the cleanser's trust. A value applies only while the record still
 * holds the value it was proposed for: once the source sends something else, its own new value counts again.
 * The raw and canonical record stay as the source sent them, so lineage shows both.
 */
@Singleton
public class CleansingContributions implements ContributionProvider {
    public static final String SOURCE_PREFIX = "cleansing:";
    private final CleansingProposalRepository proposals;
    private final SourceRegistry sources;
    private final Cleansers cleansers;

    public CleansingContributions(CleansingProposalRepository proposals, SourceRegistry sources, Cleansers cleansers) {
        this.proposals = proposals;
        this.sources = sources;
        this.cleansers = cleansers;
    }

    @Override
    public List<Contribution> contributionsFor(List<SourceRecord> members) {
        // a record inserted by this very transaction has no proposals yet (a new master's one record, mostly)
        List<SourceRecord> older = members.stream().filter(r -> !r.insertedNow()).toList();
        if (older.isEmpty()) return List.of();
        Map<Long, SourceRecord> byId = older.stream().collect(Collectors.toMap(SourceRecord::getId, Function.identity()));
        // the newest accepted proposal per record, kind and cleanser decides
        Map<String, CleansingProposal> latest = new LinkedHashMap<>();
        proposals.findBySourceRecordIdInAndStatus(byId.keySet(), CleansingProposal.Status.ACCEPTED.name()).stream()
                .sorted(Comparator.comparing(CleansingProposal::getId))
                .forEach(p -> latest.put(p.getSourceRecordId() + "/" + p.getKind() + "/" + p.getCleanser(), p));
        return latest.values().stream().map(p -> contribution(p, byId.get(p.getSourceRecordId()))).filter(Objects::nonNull).toList();
    }

    private Contribution contribution(CleansingProposal proposal, SourceRecord record) {
        CanonicalRecord current = CanonicalRecord.fromWire(Json.readMap(record.getCanonicalJson()));
        Map<CanonicalAttribute, String> before = new EnumMap<>(CanonicalAttribute.class);
        ProposalDraft.fieldsOf(proposal).forEach(f -> before.put(f.attribute(), f.before()));
        Map<CanonicalAttribute, String> values = new EnumMap<>(CanonicalAttribute.class);
        Json.readMap(proposal.getAcceptedJson()).forEach((name, value) -> CanonicalAttribute.fromWireName(name).ifPresent(attribute -> {
            if (Objects.equals(blankToNull(before.get(attribute)), current.getOrNull(attribute))) values.put(attribute, String.valueOf(value));
        }));
        if (values.isEmpty()) return null;
        String code = sources.byId(record.getSourceId()).code();
        return new Contribution(record.getId(), SOURCE_PREFIX + proposal.getCleanser(), code + "/" + record.getSourceKey(),
                cleansers.trust(proposal.getCleanser()), proposal.getDecidedAt(), CanonicalRecord.of(values));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
