package no.samvirke.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text exists in bokmål and in English, and no text is written straight into a template
 * (as spring-petclinic's {@code I18nPropertiesSyncTest}): a key missing in one language, an empty
 * text, a {@code #{key}} no bundle has, or a hard-coded text node or {@code title}/{@code alt}/
 * {@code placeholder}/{@code aria-label} fails the build.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Attributes whose value people read (or hear). */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");
    /** Thymeleaf attributes that replace an element's body, or the element itself, at runtime. */
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
            "sec:authentication");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    /** Text that is not language: symbols and punctuation (no letters) is allowed as it is. */
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
            Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'))?");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList().stream();
        }
    }

    @Test
    void everyBundleHasAnEnglishTwinAndNothingElse() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(names).allMatch(n -> n.endsWith(".properties"));
            for (String bundle : bundles().toList()) {
                assertThat(names).as("English of %s", bundle).contains(bundle + "_en.properties");
            }
            assertThat(names.stream().filter(n -> n.contains("_")))
                    .allMatch(n -> n.endsWith("_en.properties") && names.contains(n.replace("_en", "")));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bokmaalAndEnglishHaveTheSameKeysAndNoEmptyText(String bundle) throws IOException {
        Properties bokmaal = load(BUNDLES.resolve(bundle + ".properties"));
        Properties english = load(BUNDLES.resolve(bundle + "_en.properties"));
        assertThat(bokmaal.stringPropertyNames()).as("keys of %s", bundle).isNotEmpty();
        assertThat(difference(bokmaal.stringPropertyNames(), english.stringPropertyNames()))
                .as("%s: in bokmål, missing in English", bundle).isEmpty();
        assertThat(difference(english.stringPropertyNames(), bokmaal.stringPropertyNames()))
                .as("%s: in English, missing in bokmål", bundle).isEmpty();
        assertThat(emptyKeys(bokmaal)).as("%s: empty in bokmål", bundle).isEmpty();
        assertThat(emptyKeys(english)).as("%s: empty in English", bundle).isEmpty();
    }

    @Test
    void everyMessageKeyATemplateUsesExistsInBothLanguages() throws IOException {
        Set<String> bokmaal = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        for (String bundle : bundles().toList()) {
            bokmaal.addAll(load(BUNDLES.resolve(bundle + ".properties")).stringPropertyNames());
            english.addAll(load(BUNDLES.resolve(bundle + "_en.properties")).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
            while (key.find()) {
                if (!bokmaal.contains(key.group(1)) || !english.contains(key.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": #{" + key.group(1) + "}");
                }
            }
        }
        assertThat(missing).as("message keys without a text in bokmål or English").isEmpty();
    }

    @Test
    void noTemplateHasTextWrittenStraightIntoIt() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            hardCoded.addAll(hardCodedTexts(TEMPLATES.relativize(template).toString(), Files.readString(template)));
        }
        assertThat(hardCoded).as("text in templates that is not from the message bundles").isEmpty();
    }

    @Test
    void theTemplateCheckFindsHardCodedTextAndLeavesPrototypeTextAlone() {
        String page = """
                <main><h1 th:text="#{a.title}">Tittel</h1><p>Skrevet rett inn</p>
                <div th:replace="~{x :: y}"><p>Erstattet</p></div><span>×</span>
                <a href="#" title="Lukk" th:title="#{a.close}">x</a><img alt="Logo"><input placeholder="Søk"></main>
                """;
        assertThat(hardCodedTexts("t.html", page)).containsExactly("t.html: text 'Skrevet rett inn'",
                "t.html: text 'x'", "t.html: alt='Logo'", "t.html: placeholder='Søk'");
    }

    /** Text nodes and readable attributes that reach the user as written (not replaced by Thymeleaf). */
    static List<String> hardCodedTexts(String name, String html) {
        List<String> found = new ArrayList<>();
        Deque<Element> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int textStart = 0;
        while (tag.find()) {
            checkText(name, html.substring(textStart, tag.start()), open, found);
            textStart = tag.end();
            if (tag.group(2) == null) {
                continue; // a comment
            }
            String element = tag.group(2).toLowerCase();
            if (!tag.group(1).isEmpty()) {
                closeUpTo(open, element);
                continue;
            }
            List<String[]> attributes = attributes(tag.group(3));
            boolean replaced = !open.isEmpty() && open.peek().replaced()
                    || attributes.stream().anyMatch(a -> REPLACING.contains(a[0]));
            if (!replaced || attributes.stream().anyMatch(a -> a[0].equals("th:remove"))) {
                checkAttributes(name, attributes, open, found);
            }
            boolean selfClosing = tag.group(3).endsWith("/");
            if (!selfClosing && !VOID_ELEMENTS.contains(element)) {
                open.push(new Element(element, replaced || element.equals("script") || element.equals("style")));
            }
        }
        checkText(name, html.substring(textStart), open, found);
        return found;
    }

    private static void checkText(String name, String text, Deque<Element> open, List<String> found) {
        String stripped = text.strip();
        if (!stripped.isEmpty() && (open.isEmpty() || !open.peek().replaced()) && LETTER.matcher(stripped).find()
                && !stripped.startsWith("<!DOCTYPE")) {
            found.add(name + ": text '" + stripped.replaceAll("\\s+", " ") + "'");
        }
    }

    private static void checkAttributes(String name, List<String[]> attributes, Deque<Element> open, List<String> found) {
        if (!open.isEmpty() && open.peek().replaced()) {
            return;
        }
        String thAttr = attributes.stream().filter(a -> a[0].equals("th:attr")).map(a -> a[1]).findFirst().orElse("");
        for (String[] attribute : attributes) {
            String value = attribute[1] == null ? "" : attribute[1];
            if (TEXT_ATTRIBUTES.contains(attribute[0]) && LETTER.matcher(value).find()
                    && attributes.stream().noneMatch(a -> a[0].equals("th:" + attribute[0]))
                    && !thAttr.matches("(?s).*\\b" + Pattern.quote(attribute[0]) + "\\s*=.*")) {
                found.add(name + ": " + attribute[0] + "='" + value + "'");
            }
        }
    }

    private static List<String[]> attributes(String source) {
        List<String[]> result = new ArrayList<>();
        Matcher attribute = ATTRIBUTE.matcher(source);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
            result.add(new String[] {attribute.group(1).toLowerCase(), value});
        }
        return result;
    }

    private static void closeUpTo(Deque<Element> open, String element) {
        if (open.stream().anyMatch(e -> e.name().equals(element))) {
            while (!open.pop().name().equals(element)) {
                // close elements the template left open (e.g. <p> before a block)
            }
        }
    }

    private record Element(String name, boolean replaced) {
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> emptyKeys(Properties properties) {
        Set<String> result = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(k -> properties.getProperty(k).isBlank()).forEach(result::add);
        return result;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
