package org.customerhub.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import io.micronaut.context.annotation.Context;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders pages to a string before answering, so that a failing template becomes an error response instead of
 * a connection left open (the views filter renders while writing). Error statuses need it too: such responses do not pass the views filter, so a ModelAndView body
 * would reach the browser unrendered.
 */
@Context
public class ErrorPages {
    private final ThymeleafViewsRenderer<Map<String, Object>> renderer;

    public ErrorPages(ThymeleafViewsRenderer<Map<String, Object>> renderer) {
        this.renderer = renderer;
        Pages.renderWith(this);
    }

    public HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, String title, String detail) {
        Map<String, Object> model = Pages.model(request);
        model.put("status", status.getCode());
        model.put("title", title);
        model.put("detail", detail);
        return page(request, status, "error", model);
    }

    /** Any page with a status other than 200 (a failed login answers 401 with the form again). */
    public MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, String view, Map<String, Object> model) {
        StringWriter html = new StringWriter();
        try {
            renderer.render(view, model, request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html.toString());
    }
}
