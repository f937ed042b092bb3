package dev.tally.common;

import dev.tally.support.ApiTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers are gzip-compressed from 8 KiB on (the question bank); smaller ones, such as the competencies (above the
 * framework's default threshold of 1 KiB, so that this tells the two apart), are sent as they are.
 */
class CompressionThresholdTest extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void onlyAnswersAboveTheThresholdAreCompressed() throws Exception {
        String token = fixtures.anOrganisation().recruiter().token();

        HttpResponse<byte[]> bank = get(token, "/api/v1/questions?size=100");
        HttpResponse<byte[]> competencies = get(token, "/api/v1/competencies");

        assertThat(bank.statusCode()).isEqualTo(200);
        assertThat(bank.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(bank.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.length()).isGreaterThan(8192);
        assertThat(text).startsWith("{").contains("\"items\"");
        assertThat(competencies.statusCode()).isEqualTo(200);
        assertThat(competencies.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(competencies.body().length).isBetween(1025, 8191);
    }

    private HttpResponse<byte[]> get(String token, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(server.getURI().resolve(path)).header("Authorization", "Bearer " + token)
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
