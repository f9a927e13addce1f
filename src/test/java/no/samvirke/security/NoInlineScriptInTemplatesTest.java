package no.samvirke.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' content security policy has no {@code 'unsafe-inline'} or {@code 'unsafe-eval'} in
 * {@code script-src} (issue 11, path 13; ADR 0022). This keeps it so: no template may bring inline
 * script, an event-handler attribute, a {@code javascript:} URL or an htmx feature that evaluates
 * text as script ({@code hx-on}, {@code hx-vars}, {@code js:} values, event filters). Nor inline
 * style: {@code style-src 'self'} too, so no {@code <style>} element and no {@code style} attribute.
 */
class NoInlineScriptInTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path STATIC = Path.of("src/main/resources/static");

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern SRC = Pattern.compile("(?i)\\s(th:|data-th-)?src\\s*=");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)(^|[\\s\"',])(th:|data-th-)?on[a-z]+\\s*=");
    private static final Pattern HTMX_EVAL = Pattern.compile(
            "(?i)\\s(data-)?hx-(on[\\w:-]*|vars)\\s*=|\\s(data-)?hx-vals\\s*=\\s*[\"']\\s*(js|javascript):"
                    + "|\\s(data-)?hx-trigger\\s*=\\s*[\"'][^\"']*\\[");
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("(?i)(^|[\\s\"',])(th:|data-th-)?style\\s*=");
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("(?i)javascript\\s*:");

    @Test
    void noTemplateOrStaticPageCarriesScriptOrStyleThatTheCspWouldHaveToAllow() throws IOException {
        List<Path> pages;
        try (Stream<Path> t = Files.walk(TEMPLATES); Stream<Path> s = Files.walk(STATIC)) {
            pages = Stream.concat(t, s).filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(pages).as("the templates were found").hasSizeGreaterThan(20);
        List<String> findings = new ArrayList<>();
        for (Path page : pages) {
            findings.addAll(findings(page.toString(), Files.readString(page, StandardCharsets.UTF_8)));
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theScanFindsEachKindOfInlineScriptAndStyle() {
        assertThat(findings("a", "<script>alert(1)</script>")).hasSize(1);
        assertThat(findings("b", "<script th:inline=\"javascript\">var x = [[${x}]];</script>")).hasSize(1);
        assertThat(findings("c", "<button type=\"button\" onclick=\"go()\">Gå</button>")).hasSize(1);
        assertThat(findings("d", "<a th:onclick=\"|go(${id})|\">x</a>")).hasSize(1);
        assertThat(findings("e", "<div th:attr=\"onmouseover=${js}\">x</div>")).hasSize(1);
        assertThat(findings("f", "<a href=\"javascript:void(0)\">x</a>")).hasSize(1);
        assertThat(findings("g", "<form hx-on::after-request=\"this.reset()\"></form>")).hasSize(1);
        assertThat(findings("h", "<div hx-get=\"/x\" hx-trigger=\"keyup[ctrlKey]\"></div>")).hasSize(1);
        assertThat(findings("i", "<div hx-vals='js:{a: 1}'></div>")).hasSize(1);
        assertThat(findings("j", "<style>.x { color: red; }</style>")).hasSize(1);
        assertThat(findings("k", "<p style=\"color: red\">x</p>")).hasSize(1);
        assertThat(findings("l", "<p th:style=\"|color: ${c}|\">x</p>")).hasSize(1);
        assertThat(findings("ok", "<script th:src=\"@{/js/samvirke.js}\" defer></script>"
                + "<input name=\"online\" value=\"on\"><div hx-get=\"/x\" hx-trigger=\"load\"></div>")).isEmpty();
    }

    private static List<String> findings(String file, String html) {
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase();
            String attributes = tag.group(2);
            String where = file + ":" + (html.substring(0, tag.start()).split("\n", -1).length) + ": " + tag.group();
            if (name.equals("script") && !SRC.matcher(attributes).find()) {
                found.add("inline script " + where);
            } else if (name.equals("style")) {
                found.add("inline style element " + where);
            } else if (STYLE_ATTRIBUTE.matcher(attributes).find()) {
                found.add("style attribute " + where);
            } else if (EVENT_HANDLER.matcher(attributes).find()) {
                found.add("event handler " + where);
            } else if (JAVASCRIPT_URL.matcher(attributes).find()) {
                found.add("javascript: URL " + where);
            } else if (HTMX_EVAL.matcher(attributes).find()) {
                found.add("htmx evaluates script " + where);
            }
        }
        return found;
    }
}
