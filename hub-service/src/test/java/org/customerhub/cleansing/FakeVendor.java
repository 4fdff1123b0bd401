package org.customerhub.cleansing;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.customerhub.common.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A cleansing vendor on the loopback interface for the adapter's tests: it answers each request with the next
 * scripted reply (slow, 500, 429, garbage, any status), or, with none left, with every field verified unchanged.
 */
final class FakeVendor implements AutoCloseable {
    record Reply(int status, Function<JsonNode, String> body, long delayMillis, Map<String, String> headers) {
    }

    record Received(String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "fake-vendor");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    final List<Received> received = new CopyOnWriteArrayList<>();

    FakeVendor() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/v1/cleanse", this::answer);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/cleanse";
    }

    FakeVendor then(Reply reply) {
        script.add(reply);
        return this;
    }

    FakeVendor then(int status, String body) {
        return then(new Reply(status, request -> body, 0, Map.of()));
    }

    FakeVendor thenSlow(long delayMillis) {
        return then(new Reply(200, FakeVendor::allVerified, delayMillis, Map.of()));
    }

    FakeVendor thenEveryField(String status, int level, int score, Function<String, String> value, String... codes) {
        return then(new Reply(200, request -> answer(request, status, level, score, value, codes), 0, Map.of()));
    }

    static String allVerified(JsonNode request) {
        return answer(request, "verified", 5, 100, v -> v);
    }

    static String answer(JsonNode request, String status, int level, int score, Function<String, String> value, String... codes) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        request.path("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), Map.of("value", value.apply(f.getValue().asText()),
                "status", status, "level", level, "score", score, "codes", List.of(codes))));
        return Json.write(Map.of("requestId", request.path("requestId").asText(), "version", "fake-2026.12", "fields", fields));
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
            received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"), request));
            Reply reply = script.poll();
            if (reply == null) reply = new Reply(200, FakeVendor::allVerified, 0, Map.of());
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = reply.body().apply(request).getBytes(StandardCharsets.UTF_8);
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        // wakes the threads still sleeping through a slow answer
        executor.shutdownNow();
    }
}
