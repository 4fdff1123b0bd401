package org.customerhub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file for the generic benchmark: a header row, then one record per row (RFC 4180: fields may be
 * quoted, a quoted field may hold commas, doubled quotes and line breaks). Values are stripped of surrounding
 * spaces, so "a, b" reads like "a,b".
 */
final class CsvFile {
    /** One row: its line number in the file (of its first line) and its values by column. */
    record Row(int line, Map<String, String> values) {
    }

    private CsvFile() {
    }

    static List<Row> read(Path file, int limit) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int[] line = {0};
            List<String> header = next(in, line);
            if (header == null) throw new IOException(file + " is empty");
            List<String> columns = header.stream().map(String::strip).toList();
            while (limit <= 0 || rows.size() < limit) {
                int first = line[0] + 1;
                List<String> values = next(in, line);
                if (values == null) break;
                if (values.size() == 1 && values.get(0).isBlank()) continue;
                if (values.size() != columns.size()) {
                    throw new IOException(file + " line " + first + ": " + values.size() + " fields, the header has " + columns.size());
                }
                Map<String, String> byColumn = new LinkedHashMap<>();
                for (int i = 0; i < values.size(); i++) byColumn.put(columns.get(i), values.get(i).strip());
                rows.add(new Row(first, byColumn));
            }
        }
        return rows;
    }

    /** The fields of the next record, reading further lines while a quoted field is open; null at the end. */
    private static List<String> next(BufferedReader in, int[] line) throws IOException {
        String text = in.readLine();
        if (text == null) return null;
        line[0]++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.toString().isBlank()) {
                    field.setLength(0);
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (!quoted) break;
            String more = in.readLine();
            if (more == null) throw new IOException("a quoted field is not closed at the end of the file");
            line[0]++;
            field.append('\n');
            text = more;
        }
        fields.add(field.toString());
        return fields;
    }
}
