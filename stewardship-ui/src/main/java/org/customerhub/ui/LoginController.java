package org.customerhub.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.security.SessionStore;
import org.customerhub.security.UiSession;
import org.customerhub.security.UserDirectory;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** Login and logout of stewards, committee members and admins. */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginController {
    private final UserDirectory users;
    private final SessionStore sessions;
    private final ErrorPages pages;

    public LoginController(UserDirectory users, SessionStore sessions, ErrorPages pages) {
        this.users = users;
        this.sessions = sessions;
        this.pages = pages;
    }

    @Get
    public HttpResponse<?> root(HttpRequest<?> request) {
        return HttpResponse.seeOther(URI.create(request.getAttribute("hub.principal", Principal.class).isPresent() ? home(request) : "/login"));
    }

    @Get("/login")
    public HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String next) {
        UiSession session = Callers.session(request).orElseGet(sessions::anonymous);
        Map<String, Object> model = Pages.model(request);
        model.put("csrf", session.csrfToken());
        model.put("next", safeNext(next));
        return Pages.page(request, "login", model).cookie(Pages.sessionCookie(request, session));
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> login(HttpRequest<?> request, @Body Map<String, String> form) {
        UiSession anonymous = Pages.requireCsrf(request, form);
        Optional<Principal> principal = users.authenticate(form.getOrDefault("username", ""), form.getOrDefault("password", ""));
        if (principal.isEmpty()) {
            Map<String, Object> model = Pages.model(request);
            model.put("csrf", anonymous.csrfToken());
            model.put("next", safeNext(form.get("next")));
            model.put("error", "Wrong user name or password.");
            model.put("username", form.getOrDefault("username", ""));
            return pages.page(request, HttpStatus.UNAUTHORIZED, "login", model);
        }
        UiSession session = sessions.login(principal.get(), anonymous.id());
        String next = safeNext(form.get("next"));
        return HttpResponse.seeOther(URI.create(next.isEmpty() ? home(principal.get()) : next)).cookie(Pages.sessionCookie(request, session));
    }

    @Post("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> logout(HttpRequest<?> request, @Body Map<String, String> form) {
        UiSession session = Pages.requireCsrf(request, form);
        sessions.logout(session.id());
        return HttpResponse.seeOther(URI.create("/login")).cookie(Cookie.of(SessionStore.COOKIE, "").path("/").maxAge(0));
    }

    private static String home(HttpRequest<?> request) {
        return home(request.getAttribute("hub.principal", Principal.class).orElseThrow());
    }

    private static String home(Principal p) {
        return p.has(Role.STEWARD) ? "/ui/inbox" : "/ui/home";
    }

    /** Only local paths: the login form must not become an open redirect. */
    private static String safeNext(String next) {
        return Pages.localPath(next, "");
    }
}
