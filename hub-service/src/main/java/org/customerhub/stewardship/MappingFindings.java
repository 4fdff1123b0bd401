package org.customerhub.stewardship;

import java.util.List;

/**
 * Findings about a mapping version that a steward should weigh before approving it, such as "violates the approved
 * nomenclature". Every bean of this type is asked; the approval page and API list what they say. None by default.
 */
public interface MappingFindings {
    /** @return readable findings, empty when there is nothing to say; never personal data */
    List<String> findingsFor(String sourceCode, String mappingYaml);
}
