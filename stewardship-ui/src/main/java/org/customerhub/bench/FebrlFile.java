package org.customerhub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a FEBRL file in place: a header "rec_id, given_name, ..." with a space after each comma, then one
 * person per line; fields may be empty and are never quoted. The person behind a record is the N of its
 * rec_id ("rec-N-org", "rec-N-dup-K").
 */
final class FebrlFile {
    static final String RECORD_ID = "rec_id";
    private static final Pattern REC_ID = Pattern.compile("rec-(\\d+)-(?:org|dup-\\d+)");

    /**
     * One line: its number in the file, the person it is, and the record as the source would send it (every
     * column, rec_id included, which the mapping ignores).
     */
    record Row(int line, String entity, Map<String, Object> fields) {
    }

    private FebrlFile() {
    }

    /** The first {@code limit} records of the file (all with limit 0), in file order. */
    static List<Row> read(Path file, int limit) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) throw new IOException(file + " is empty");
            List<String> columns = Arrays.stream(header.split(",", -1)).map(String::strip).toList();
            if (!columns.contains(RECORD_ID)) throw new IOException(file + ": no " + RECORD_ID + " column in the header");
            String line;
            int number = 1;
            while ((line = in.readLine()) != null && (limit <= 0 || rows.size() < limit)) {
                number++;
                if (line.isBlank()) continue;
                String[] values = line.split(",", -1);
                if (values.length != columns.size()) {
                    throw new IOException(file + " line " + number + ": " + values.length + " fields, the header has " + columns.size());
                }
                Map<String, Object> fields = new LinkedHashMap<>();
                for (int i = 0; i < values.length; i++) fields.put(columns.get(i), values[i].strip());
                rows.add(new Row(number, entity(file, number, (String) fields.get(RECORD_ID)), fields));
            }
        }
        return rows;
    }

    static String entity(Path file, int line, String recordId) throws IOException {
        Matcher m = REC_ID.matcher(recordId);
        if (!m.matches()) throw new IOException(file + " line " + line + ": rec_id is not rec-N-org or rec-N-dup-K");
        return m.group(1);
    }
}
