package org.customerhub.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The steward pages' protections, checked as a browser without JavaScript would meet them. */
@ExtendWith(TestHub.class)
class UiSecurityTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("HUBSESSION"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }
    private final String hub = TestHub.get().url();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(hub + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(hub + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("page has a CSRF field").isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aLoginFormCannotRedirectAwayFromTheHub() throws Exception {
        String csrf = csrfOf(get("/login").body());
        HttpResponse<String> login = post("/login", "_csrf=" + enc(csrf) + "&username=steward&password=steward-demo&next=" + enc("//evil.example/ui"));
        assertThat(login.headers().firstValue("Location").orElseThrow()).isEqualTo("/ui/inbox");
        assertThat(get("/ui/inbox?page=2147483647").statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        HttpResponse<String> inbox = get("/ui/inbox");
        assertThat(inbox.statusCode()).isEqualTo(303);
        assertThat(inbox.headers().firstValue("Location").orElseThrow()).startsWith("/login?next=");
    }

    @Test
    void aLoginWithoutTheFormsTokenIsRefused() throws Exception {
        get("/login");
        HttpResponse<String> forged = post("/login", "username=steward&password=steward-demo");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(get("/ui/inbox").statusCode()).isEqualTo(303);
    }

    @Test
    void aDecisionWithoutTheSessionsTokenIsRefusedAndTheSessionIdChangesAtLogin() throws Exception {
        String csrf = csrfOf(get("/login").body());
        String anonymousSession = sessionId();
        HttpResponse<String> login = post("/login", "_csrf=" + enc(csrf) + "&username=steward&password=steward-demo&next=");
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(anonymousSession).isNotNull();
        assertThat(sessionId()).isNotNull().isNotEqualTo(anonymousSession);
        HttpResponse<String> inbox = get("/ui/inbox");
        assertThat(inbox.statusCode()).isEqualTo(200);
        String sessionCsrf = csrfOf(inbox.body());
        assertThat(sessionCsrf).isNotEqualTo(csrf);

        HttpResponse<String> forged = post("/ui/reviews/1/decision", "decision=APPROVE");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("<h1>Forbidden</h1>");
        HttpResponse<String> stale = post("/ui/reviews/1/decision", "decision=APPROVE&_csrf=" + enc(csrf));
        assertThat(stale.statusCode()).isEqualTo(403);
    }
}
