package org.customerhub.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.Failures;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.ingestion.IngestResult;
import org.customerhub.ingestion.IngestionService;
import org.customerhub.ingestion.RecordQueries;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A source pushes its records here, one at a time or as NDJSON in bulk. */
@Controller("/api/v1/sources/{code}/records")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RecordsController {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecordsController.class);
    private final IngestionService ingestion;
    private final RecordQueries queries;
    private final long maxRecordBytes;

    public RecordsController(IngestionService ingestion, RecordQueries queries,
                             @Value("${hub.ingestion.max-record-bytes:65536}") long maxRecordBytes) {
        this.ingestion = ingestion;
        this.queries = queries;
        this.maxRecordBytes = maxRecordBytes;
    }

    @Put("/{+sourceKey}")
    @Consumes(MediaType.ALL)
    public HttpResponse<IngestResult> put(HttpRequest<?> request, String code, String sourceKey, @Body String body) {
        Principal caller = Callers.of(request);
        requireJson(request);
        IngestResult result = ingestion.upsert(caller, code, sourceKey, JsonBodies.object(body, maxRecordBytes));
        return HttpResponse.status("CREATED".equals(result.status()) ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    @Get("/{+sourceKey}")
    public Map<String, Object> get(HttpRequest<?> request, String code, String sourceKey) {
        return queries.describe(Callers.of(request), code, sourceKey);
    }

    /**
     * NDJSON: one {@code {"key": "...", "record": {...}}} per line. Lines are independent: a bad line is reported
     * with its number and does not stop the others; re-sending the file is harmless (idempotent).
     */
    @Post("/bulk")
    @Consumes(MediaType.ALL)
    public Map<String, Object> bulk(HttpRequest<?> request, String code, @Body String body) {
        Principal caller = Callers.of(request);
        if (!caller.isSource(code)) throw RequestRefused.forbidden("This token may only write records of its own source");
        if (body == null || body.isBlank()) throw new RequestRefused(RequestRefused.Reason.MALFORMED, "Empty body", "Send NDJSON: one {\"key\":..., \"record\":{...}} per line");
        // lines that parse are ingested together (one candidate search per batch), in file order
        String[] lines = body.split("\r?\n");
        List<Map<String, Object>> results = new ArrayList<>();
        List<IngestionService.BulkLine> parsed = new ArrayList<>();
        List<Map<String, Object>> parsedResults = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("line", i + 1);
            results.add(r);
            try {
                parsed.add(parseLine(line));
                parsedResults.add(r);
            } catch (RuntimeException e) {
                answer(r, null, e, code, counts);
            }
        }
        List<IngestionService.BulkOutcome> outcomes = ingestion.upsertAll(caller, code, parsed);
        for (int i = 0; i < outcomes.size(); i++) {
            answer(parsedResults.get(i), outcomes.get(i).result(), outcomes.get(i).failure(), code, counts);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("source", code);
        response.put("lines", results.size());
        response.put("counts", counts);
        response.put("results", results);
        return response;
    }

    private IngestionService.BulkLine parseLine(String line) {
        if (line.length() > maxRecordBytes) {
            throw new RequestRefused(RequestRefused.Reason.TOO_LARGE, "Line too large",
                    "A record may have at most " + maxRecordBytes + " bytes");
        }
        JsonNode node = JsonBodies.tree(line);
        if (!node.isObject() || !node.path("key").isTextual() || !node.path("record").isObject()) {
            throw new RequestRefused(RequestRefused.Reason.INVALID, "Invalid line",
                    "each line must be an object with a string \"key\" and an object \"record\"");
        }
        Map<String, Object> record = Json.MAPPER.convertValue(node.get("record"),
                Json.MAPPER.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
        return new IngestionService.BulkLine(node.get("key").asText(), record);
    }

    /** Fills one line's answer: its result, or the problem that refused it or the hub's failure on it. */
    private static void answer(Map<String, Object> r, IngestResult result, RuntimeException failure, String code,
                               Map<String, Integer> counts) {
        if (result != null) {
            r.put("key", result.sourceKey());
            r.put("status", result.status());
            r.put("outcome", result.outcome());
            r.put("customerNumber", result.customerNumber());
            if (result.reviewId() != null) r.put("reviewId", result.reviewId());
            counts.merge(result.status(), 1, Integer::sum);
        } else if (failure instanceof RequestRefused e) {
            r.put("status", "REJECTED");
            r.put("problem", Problems.body(Problems.status(e.reason()), e.title(), e.getMessage(), e.violations(), null));
            counts.merge("REJECTED", 1, Integer::sum);
        } else {
            // the hub's own failure on this line: report it, the other lines are unaffected
            String incident = java.util.UUID.randomUUID().toString();
            LOG.error("incident {} on bulk line {} of {}: {}", incident, r.get("line"), code, Failures.describe(failure));
            r.put("status", "FAILED");
            r.put("problem", Problems.body(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                    "The hub failed to process this line; incident " + incident, List.of(), null));
            counts.merge("FAILED", 1, Integer::sum);
        }
    }

    private static void requireJson(HttpRequest<?> request) {
        request.getContentType().ifPresent(type -> {
            if (!type.getSubtype().equals("json") && !type.getSubtype().endsWith("+json"))
                throw new RequestRefused(RequestRefused.Reason.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                        "Send the record as application/json, not " + type);
        });
    }
}
