package org.customerhub.bench;

import org.customerhub.bench.BenchmarkRun.Arrival;
import org.customerhub.bench.BenchmarkRun.DataSet;
import org.customerhub.bench.BenchmarkRun.Row;
import org.customerhub.bench.BenchmarkRun.SourceFile;
import org.customerhub.demo.DemoDataGenerator;
import org.customerhub.demo.DemoRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data sets the benchmark can run: the FEBRL sets, any CSV files with mappings, the demo generator's. */
final class DataSets {
    /** The FEBRL sets: their sources (code and file), pushed in this order. */
    static final Map<String, List<String[]>> FEBRL = new LinkedHashMap<>();

    static {
        FEBRL.put("febrl3", List.<String[]>of(new String[] {"febrl3", "dataset3.csv"}));
        FEBRL.put("febrl4", List.of(new String[] {"febrl4a", "dataset4a.csv"}, new String[] {"febrl4b", "dataset4b.csv"}));
        FEBRL.put("febrl1", List.<String[]>of(new String[] {"febrl1", "dataset1.csv"}));
    }

    private DataSets() {
    }

    /** A FEBRL set: the files one after the other, the person from rec_id, soc_sec_id as the identifier. */
    static DataSet febrl(Path dir, String set, int limit) throws IOException {
        List<SourceFile> sources = new ArrayList<>();
        List<Arrival> arrivals = new ArrayList<>();
        for (String[] source : FEBRL.get(set)) {
            sources.add(new SourceFile(source[0], source[1], FebrlMapping.yaml(source[0], true)));
            for (FebrlFile.Row row : FebrlFile.read(dir.resolve(source[1]), limit)) {
                arrivals.add(new Arrival(sources.size() - 1, new Row(row.line(), "line-" + row.line(), row.entity(), row.fields())));
            }
        }
        return new DataSet(set, sources, arrivals, true, "soc_sec_id");
    }

    /**
     * CSV files, each with its mapping (whose {@code source} names the source), pushed one file after the other.
     * {@code truth} (may be null) is a CSV with the columns {@code source, source_record_id, entity}: records with
     * the same entity are the same person; a record it does not list is a person of its own.
     */
    static DataSet csv(String name, List<Path> files, List<Path> mappings, Path truth, String keyColumn,
                       String identifierColumn, int limit) throws IOException {
        if (files.isEmpty() || files.size() != mappings.size()) {
            throw new IOException("give each --csv file its --mapping (" + files.size() + " files, " + mappings.size() + " mappings)");
        }
        Map<String, String> entities = truth == null ? Map.of() : truth(truth);
        List<SourceFile> sources = new ArrayList<>();
        List<Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String yaml = Files.readString(mappings.get(i), StandardCharsets.UTF_8);
            SourceFile source = new SourceFile(Mappings.sourceOf(yaml), files.get(i).getFileName().toString(), yaml);
            sources.add(source);
            for (CsvFile.Row row : CsvFile.read(files.get(i), limit)) {
                if (keyColumn != null && !row.values().containsKey(keyColumn)) {
                    throw new IOException(files.get(i) + ": no column " + keyColumn + " (--key)");
                }
                String key = keyColumn == null ? "line-" + row.line() : row.values().get(keyColumn);
                arrivals.add(new Arrival(sources.size() - 1, new Row(row.line(), key, entities.get(source.code() + "\n" + key),
                        new LinkedHashMap<>(row.values()))));
            }
        }
        return new DataSet(name, sources, arrivals, truth != null, identifierColumn);
    }

    /**
     * The demo generator's resort customers (seeded, so always the same), across its four silos in their
     * interleaved arrival order, with the generator's own ground truth and the demo silos' mappings.
     */
    static DataSet demo(int people, long seed) throws IOException {
        DemoDataGenerator generator = new DemoDataGenerator(seed);
        List<DemoRecord> records = generator.generate(people);
        Map<String, Integer> persons = generator.personIdsByRecord();
        List<SourceFile> sources = new ArrayList<>();
        Map<String, Integer> sourceIndex = new HashMap<>();
        List<Arrival> arrivals = new ArrayList<>();
        int line = 0;
        for (DemoRecord r : records) {
            Integer index = sourceIndex.get(r.source());
            if (index == null) {
                index = sources.size();
                sourceIndex.put(r.source(), index);
                sources.add(new SourceFile(r.source(), "demo " + r.source(), resource("mappings/" + r.source() + ".yaml")));
            }
            arrivals.add(new Arrival(index, new Row(++line, r.sourceKey(), String.valueOf(persons.get(r.recordId())),
                    new LinkedHashMap<>(r.fields()))));
        }
        return new DataSet("demo", sources, arrivals, true, null);
    }

    private static Map<String, String> truth(Path file) throws IOException {
        Map<String, String> entities = new HashMap<>();
        for (CsvFile.Row row : CsvFile.read(file, 0)) {
            String source = row.values().get("source");
            String id = row.values().get("source_record_id");
            String entity = row.values().get("entity");
            if (source == null || id == null || entity == null) {
                throw new IOException(file + " line " + row.line() + ": the truth file needs the columns source, source_record_id, entity");
            }
            entities.put(source + "\n" + id, entity);
        }
        return entities;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DataSets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing classpath resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
