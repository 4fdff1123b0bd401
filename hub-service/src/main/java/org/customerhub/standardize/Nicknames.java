package org.customerhub.standardize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given-name equivalence: "Bill" at the casino and "William" at the hotel are the same given name.
 * A nickname can belong to several names ("chris": Christopher, Christine), so a name has a set of roots
 * and two names are equivalent when their roots meet. Immutable once loaded, so safe to share.
 */
public final class Nicknames {

    private static final String STANDARD_LIST = "/standardize/nicknames.csv";

    /** folded name -> canonical roots, in the order the groups are listed */
    private final Map<String, Set<String>> rootsByName;

    private Nicknames(Map<String, Set<String>> rootsByName) {
        this.rootsByName = rootsByName;
    }

    /** The list shipped with the hub (standardize/nicknames.csv). */
    public static Nicknames standard() {
        return StandardList.INSTANCE;
    }

    /**
     * Reads groups, one per line: {@code canonical,nickname,nickname,...}. Blank lines and lines starting
     * with '#' are skipped; entries are folded, so the list may be written with accents or capitals.
     */
    public static Nicknames fromCsv(Reader csv) {
        Map<String, Set<String>> roots = new HashMap<>();
        try (BufferedReader lines = new BufferedReader(csv)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.strip().startsWith("#")) continue;
                String[] names = line.split(",");
                String canonical = TextFolding.fold(names[0]);
                for (String name : names) {
                    String folded = TextFolding.fold(name);
                    if (!folded.isEmpty()) roots.computeIfAbsent(folded, n -> new LinkedHashSet<>()).add(canonical);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read nickname list", e);
        }
        Map<String, Set<String>> frozen = new HashMap<>(roots.size() * 2);
        roots.forEach((name, set) -> frozen.put(name, Collections.unmodifiableSet(set)));
        return new Nicknames(Collections.unmodifiableMap(frozen));
    }

    /**
     * The canonical root of a folded given name: the name itself when it is a canonical name or unknown,
     * otherwise the first group that lists it.
     */
    public String root(String foldedGivenName) {
        Set<String> roots = rootsByName.get(foldedGivenName);
        if (roots == null || roots.contains(foldedGivenName)) return foldedGivenName;
        return roots.iterator().next();
    }

    /** All canonical roots of a folded given name; an unknown name is its own root. */
    public Set<String> roots(String foldedGivenName) {
        return rootsByName.getOrDefault(foldedGivenName, Set.of(foldedGivenName));
    }

    /** True when both folded names share a root: "bill" and "william", "chris" and "christine". */
    public boolean equivalent(String a, String b) {
        if (a.equals(b)) return true;
        Set<String> rootsOfB = roots(b);
        return roots(a).stream().anyMatch(rootsOfB::contains);
    }

    /** Number of distinct names (canonical or nickname) known. */
    public int size() {
        return rootsByName.size();
    }

    /** Loaded on first use only, so code that never matches names does not pay for it. */
    private static final class StandardList {
        static final Nicknames INSTANCE = load();

        private static Nicknames load() {
            InputStream csv = Nicknames.class.getResourceAsStream(STANDARD_LIST);
            if (csv == null) throw new IllegalStateException("nickname list missing from the classpath: " + STANDARD_LIST);
            return fromCsv(new InputStreamReader(csv, StandardCharsets.UTF_8));
        }
    }
}
