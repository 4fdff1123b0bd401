package org.customerhub.governance;

import jakarta.inject.Singleton;
import org.customerhub.source.mapping.FieldMappingParser;
import org.customerhub.stewardship.MappingFindings;

import java.util.List;
import java.util.Locale;

/** What the approved nomenclature says about a mapping version, for the steward who approves it. */
@Singleton
public class NomenclatureFindings implements MappingFindings {
    private final GovernedRules rules;

    public NomenclatureFindings(GovernedRules rules) {
        this.rules = rules;
    }

    @Override
    public List<String> findingsFor(String sourceCode, String mappingYaml) {
        return rules.check(FieldMappingParser.parse(mappingYaml)).stream()
                .map(f -> f.severity().name().toLowerCase(Locale.ROOT) + ": " + f.message() + " (" + f.definition() + ")")
                .toList();
    }
}
