package org.customerhub.matching;

import java.util.List;

/** The stewards' decisions as training labels. Implemented by stewardship, which owns the decisions. */
public interface StewardLabels {
    List<LabelledPair> labels();
}
