package org.customerhub.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without JavaScript on the steward pages: keeps the session cookie and sends the CSRF token of the
 * last page it read with every form, as a real form would.
 */
final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String hub = TestHub.get().url();
    /** A page that fails while rendering leaves the connection open; the test must fail rather than wait. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private String csrf;

    record Page(int status, String location, String html) {
        /** Whether the page lists the review as a task row. */
        boolean listsReview(long reviewId) {
            return html.contains("data-review=\"" + reviewId + "\"");
        }

        /** The visible text of the first element with this id, tags removed. */
        String textOf(String id) {
            Matcher m = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(html);
            assertThat(m.find()).as("element #" + id + " on the page").isTrue();
            return m.group(2).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip()
                    .replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        }

        @Override
        public String toString() {
            return status + " " + (location != null ? "-> " + location : html);
        }
    }

    /** A demo user (password: the user name followed by -demo), logged in through the form. */
    static WebSession logIn(String user) {
        WebSession session = new WebSession();
        session.get("/login");
        Page login = session.post("/login", Map.of("username", user, "password", user + "-demo"));
        assertThat(login.status()).as(login.toString()).isEqualTo(303);
        return session;
    }

    Page get(String path) {
        Page page = send(HttpRequest.newBuilder(URI.create(hub + path)).timeout(TIMEOUT).GET());
        Matcher m = CSRF.matcher(page.html());
        if (m.find()) csrf = m.group(1);
        return page;
    }

    /** Posts a form with the session's CSRF token. */
    Page post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        if (csrf != null) withToken.putIfAbsent("_csrf", csrf);
        return postRaw(path, withToken);
    }

    /** Posts a form as it is, without adding the CSRF token. */
    Page postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(hub + path)).timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
