package org.customerhub.ui;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.customerhub.api.Problems;
import org.customerhub.api.RequestRefusedHandler;
import org.customerhub.common.RequestRefused;

/** A refusal on a page is shown as a page; on the API it stays a problem-details document. */
@Singleton
@Replaces(RequestRefusedHandler.class)
public class UiRefusalHandler implements ExceptionHandler<RequestRefused, HttpResponse<?>> {
    private final ErrorPages pages;

    public UiRefusalHandler(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RequestRefused exception) {
        String path = request.getPath();
        if (path.startsWith("/ui") || path.startsWith("/login") || path.startsWith("/logout")) {
            return pages.render(request, Problems.statusOf(exception), exception.title(), exception.getMessage());
        }
        return Problems.of(exception, path);
    }
}
