package no.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11, path 13, over a real port (Tomcat's RemoteIpValve runs only there): X-Forwarded-*
 * headers count only from a trusted proxy. This context trusts 127.0.0.1 alone, so a request
 * from 127.0.0.2 plays the untrusted client that sends the same headers itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class ForwardedHeadersTest {

    private static final String TRUSTED_PROXY = "127.0.0.1";
    private static final String UNTRUSTED_CLIENT = "127.0.0.2";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void behindTheTrustedTlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        Response login = send(TRUSTED_PROXY, "GET /login", "X-Forwarded-Proto: https", "X-Forwarded-For: 198.51.100.7");
        assertThat(login.status()).isEqualTo(200);
        String hsts = login.header("Strict-Transport-Security");
        assertThat(hsts).as("HSTS on a secure request").isNotNull().contains("includeSubDomains");
        assertThat(Long.parseLong(hsts.replaceAll(".*max-age=(\\d+).*", "$1"))).isGreaterThanOrEqualTo(31_536_000L);
        String cookie = login.header("Set-Cookie");
        assertThat(cookie).startsWith("SESSION=");
        assertThat(attributes(cookie)).contains("secure", "httponly", "samesite=lax");
    }

    @Test
    void theSameHeadersFromAnUntrustedAddressChangeNothing() throws Exception {
        Response login = send(UNTRUSTED_CLIENT, "GET /login", "X-Forwarded-Proto: https", "X-Forwarded-For: 198.51.100.8");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).isNull();
        String cookie = login.header("Set-Cookie");
        assertThat(cookie).startsWith("SESSION=");
        assertThat(attributes(cookie)).contains("httponly", "samesite=lax").doesNotContain("secure");
    }

    @Test
    void theAuditRecordsTheClientBehindTheTrustedProxyAndOnlyThere() throws Exception {
        long proxyBefore = recorded(TRUSTED_PROXY);
        String admin = "Authorization: Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        assertThat(send(TRUSTED_PROXY, "GET /engine-rest/engine", admin, "X-Forwarded-For: 198.51.100.17").status())
                .isEqualTo(200);
        assertThat(recorded("198.51.100.17")).as("the client the trusted proxy names").isPositive();
        assertThat(recorded(TRUSTED_PROXY)).as("not the proxy").isEqualTo(proxyBefore);

        // a client's own X-Forwarded-For, passed on by the proxy, is not believed past the proxy's own entry
        send(TRUSTED_PROXY, "GET /engine-rest/engine", admin, "X-Forwarded-For: 198.51.100.18, 203.0.113.9");
        assertThat(recorded("203.0.113.9")).isPositive();
        assertThat(recorded("198.51.100.18")).isZero();

        long before = recorded(UNTRUSTED_CLIENT);
        send(UNTRUSTED_CLIENT, "GET /engine-rest/engine", admin, "X-Forwarded-For: 198.51.100.19");
        assertThat(recorded("198.51.100.19")).isZero();
        assertThat(recorded(UNTRUSTED_CLIENT)).isGreaterThan(before);
    }

    @Test
    void pagesAllowNoInlineScriptOrStyleAndCannotBeFramed() throws Exception {
        String csp = send(TRUSTED_PROXY, "GET /login").header("Content-Security-Policy");
        assertThat(csp).isNotNull();
        String scriptSrc = directive(csp, "script-src");
        assertThat(scriptSrc).isEqualTo("script-src 'self'");
        assertThat(directive(csp, "style-src")).isEqualTo("style-src 'self'");
        assertThat(csp).doesNotContain("unsafe-eval").doesNotContain("unsafe-inline").contains("object-src 'none'", "base-uri 'self'",
                "form-action 'self'", "frame-ancestors 'none'");
    }

    private static String directive(String csp, String name) {
        for (String d : csp.split(";")) {
            if (d.trim().startsWith(name + " ")) {
                return d.trim();
            }
        }
        return "";
    }

    private long recorded(String address) {
        return jdbc.queryForObject("select (select count(*) from audit_pending where remote_address = ?)"
                + " + (select count(*) from audit_entry where remote_address = ?)", Long.class, address, address);
    }

    private static List<String> attributes(String cookie) {
        List<String> attributes = new ArrayList<>();
        for (String part : cookie.split(";")) {
            attributes.add(part.trim().toLowerCase(Locale.ROOT));
        }
        return attributes.subList(1, attributes.size());
    }

    private record Response(int status, List<String> headers) {
        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).trim()).findFirst().orElse(null);
        }
    }

    /** One HTTP/1.1 request from the given local address, as a proxy (or a client) would send it. */
    private Response send(String fromAddress, String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(fromAddress), 0)) {
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: samvirke.example\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Accept: text/html,application/json\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String head = head(socket.getInputStream());
            String[] lines = head.split("\r\n");
            return new Response(Integer.parseInt(lines[0].split(" ")[1]), List.of(lines).subList(1, lines.length));
        }
    }

    /** The head of the response, read after the whole response: the server has finished with the request. */
    private static String head(InputStream in) throws IOException {
        String all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        return end < 0 ? all : all.substring(0, end);
    }
}
