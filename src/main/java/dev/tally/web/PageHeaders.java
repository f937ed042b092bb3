package dev.tally.web;

import dev.tally.common.FilterScope;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages (served from {@code public/} under {@code /app}, and the app's home at {@code /}) run only their own scripts and talk only to this service:
 * whatever a candidate's name or a note contains, it cannot load or run anything else. Swagger UI gets the same, except
 * that its generated page has one inline script, allowed by its hash (computed from the page itself, so a new
 * micronaut-openapi version keeps working), and its styles are set inline by its script.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PageHeaders {

    private static final FilterScope SCOPE = FilterScope.of("/", "/app", "/swagger-ui");

    private static final String SWAGGER_UI_PAGE = "classpath:META-INF/swagger/views/swagger-ui/index.html";
    private static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final String swaggerUi;

    PageHeaders(ResourceResolver resources) {
        String scriptHash = resources.getResourceAsStream(SWAGGER_UI_PAGE).map(PageHeaders::inlineScriptHash).orElse("'none'");
        this.swaggerUi = "default-src 'self'; script-src 'self' " + scriptHash + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!SCOPE.covers(request)) {
            return;
        }
        response.header("Content-Security-Policy", request.getPath().startsWith("/swagger-ui/") ? swaggerUi : PAGES);
        response.header("Referrer-Policy", "no-referrer");
        response.header("Cache-Control", "no-cache");
    }

    private static String inlineScriptHash(InputStream page) {
        try (page) {
            Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL)
                    .matcher(new String(page.readAllBytes(), StandardCharsets.UTF_8));
            if (!script.find()) {
                return "'none'";
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
