package dev.tally.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /} is the app: the sign-in form for a visitor, the caller's home once signed in (the page decides, from the token
 * it holds). A page, not an operation of the API, so it stays out of the OpenAPI document.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class HomePageController {

    private final byte[] page;

    HomePageController(ResourceResolver resources) {
        try (InputStream index = resources.getResourceAsStream("classpath:public/index.html")
                .orElseThrow(() -> new IllegalStateException("public/index.html is part of the build"))) {
            this.page = index.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<byte[]> home() {
        return HttpResponse.ok(page).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
