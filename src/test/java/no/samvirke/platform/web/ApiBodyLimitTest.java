package no.samvirke.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11, path 8: the JSON body limit holds however the body comes (Content-Length, or chunked
 * with none), and Jackson stops at sane read limits. Over a real HTTP port, as the signed-in
 * reporter {@code skole} (HTTP Basic; the API has no CSRF, it takes no cookies).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiBodyLimitTest {

    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("skole:demo".getBytes(StandardCharsets.UTF_8));
    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    static String registration(String extra) {
        return """
                {"subject": {"anonymous": false, "name": "Grense Testperson", "nationalId": "24081150091"},
                 "category": "RADICALISATION", "description": "%s",
                 "subjectInformed": false, "consentToShare": false, "acuteDanger": false%s}"""
                .formatted("Observasjon i friminuttet.", extra);
    }

    @Test
    void threeMegabytesChunkedAreRefusedWith413AndNothingIsStored() throws Exception {
        long before = concerns();
        String head = registration("").replace("Observasjon i friminuttet.", "");
        int split = head.indexOf("\"description\": \"") + "\"description\": \"".length();
        byte[] start = head.substring(0, split).getBytes(StandardCharsets.UTF_8);
        byte[] end = head.substring(split).getBytes(StandardCharsets.UTF_8);

        RawResponse response = postChunked("/api/v1/concerns", start, 3 * 1024 * 1024, end);

        assertThat(response.head()).startsWith("HTTP/1.1 413");
        assertThat(response.head().toLowerCase()).contains("content-type: " + PROBLEM);
        assertThat(response.head().toLowerCase()).doesNotContain("content-length: 3");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("detail").asText()).isEqualTo("Forespørselen er større enn Samvirke tar imot. "
                + "Ingenting er lagret.");
        assertThat(concerns()).isEqualTo(before);
    }

    @Test
    void aSmallChunkedBodyIsStillAccepted() throws Exception {
        long before = concerns();
        byte[] body = registration("").getBytes(StandardCharsets.UTF_8);
        RawResponse response = postChunked("/api/v1/concerns", body, 0, new byte[0]);
        assertThat(response.head()).startsWith("HTTP/1.1 201");
        assertThat(concerns()).isEqualTo(before + 1);
    }

    @Test
    void aBodyNestedAThousandLevelsDeepIsA400Problem() throws Exception {
        long before = concerns();
        HttpResponse<String> response = post(registration(", \"extra\": " + "[".repeat(1000) + "]".repeat(1000)));
        assertProblem(response, 400);
        assertThat(concerns()).isEqualTo(before);
    }

    @Test
    void nestingPastThirtyTwoLevelsOrAFiftyOneDigitNumberIsRefusedEvenInAFieldThatIsIgnored() throws Exception {
        long before = concerns();
        assertProblem(post(registration(", \"extra\": " + "[".repeat(40) + "]".repeat(40))), 400);
        assertProblem(post(registration(", \"extra\": " + "9".repeat(51))), 400);
        assertThat(concerns()).isEqualTo(before);
        assertThat(post(registration(", \"extra\": " + "[".repeat(20) + "]".repeat(20))).statusCode())
                .isEqualTo(201);
        assertThat(concerns()).isEqualTo(before + 1);
    }

    @Test
    void theApplicationsJacksonReadsNoStringLongerThanAMillionCharacters() throws Exception {
        assertThat(json.readTree("\"" + "x".repeat(1_000_000) + "\"").asText()).hasSize(1_000_000);
        assertThatThrownBy(() -> json.readTree("\"" + "x".repeat(1_000_001) + "\""))
                .isInstanceOf(StreamConstraintsException.class);
    }

    @Test
    void aNormalRequestStillWorks() throws Exception {
        long before = concerns();
        HttpResponse<String> response = post(registration(""));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json.readTree(response.body()).get("id").asText()).isNotBlank();
        assertThat(concerns()).isEqualTo(before + 1);
    }

    private void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(PROBLEM);
        assertThat(json.readTree(response.body()).get("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception");
    }

    private long concerns() {
        return jdbc.queryForObject("select count(*) from concern", Long.class);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/concerns"))
                .header("Authorization", AUTH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    record RawResponse(String head, String body) {
    }

    /**
     * POSTs {@code start}, then {@code padding} bytes 'x', then {@code end}, as HTTP/1.1 chunks of
     * 16 KB with no Content-Length. The body is written by a second thread while this one reads the
     * answer, as a client that streams would; a write refused after the server's answer is fine.
     */
    private RawResponse postChunked(String path, byte[] start, int padding, byte[] end) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: " + AUTH
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    chunk(out, start);
                    byte[] xs = "x".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
                    for (int sent = 0; sent < padding; sent += xs.length) {
                        chunk(out, java.util.Arrays.copyOf(xs, Math.min(xs.length, padding - sent)));
                    }
                    chunk(out, end);
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException refusedAfterTheAnswer) {
                    // the server answered and closed the connection: it read no further
                }
            });
            writer.start();
            byte[] raw = readAnswer(socket.getInputStream());
            writer.join(TimeUnit.SECONDS.toMillis(30));
            String text = new String(raw, StandardCharsets.ISO_8859_1);   // one char per byte
            int split = text.indexOf("\r\n\r\n");
            assertThat(split).as("a complete response head: %s", text).isPositive();
            String head = text.substring(0, split);
            String body = dechunk(head, text.substring(split + 4));
            return new RawResponse(head, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        if (data.length == 0) {
            return;
        }
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] readAnswer(InputStream in) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
            }
        } catch (IOException resetAfterTheAnswer) {
            // a reset once the answer is in is the server refusing the rest of the body
        }
        return answer.toByteArray();
    }

    private static String dechunk(String head, String body) {
        if (!head.toLowerCase().contains("transfer-encoding: chunked")) {
            return body;
        }
        StringBuilder result = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            result.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return result.toString();
    }
}
