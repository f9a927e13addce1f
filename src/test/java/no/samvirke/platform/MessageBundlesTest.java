package no.samvirke.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in bokmål and in English: a key missing in one language fails the build. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "intake", "review", "inbox", "sharing", "catalogue"})
    void bokmaalAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> bokmaal = keys("/i18n/" + bundle + ".properties");
        Set<String> english = keys("/i18n/" + bundle + "_en.properties");
        assertThat(bokmaal).as("keys of %s", bundle).isNotEmpty();
        assertThat(difference(bokmaal, english)).as("%s: in bokmål, missing in English", bundle).isEmpty();
        assertThat(difference(english, bokmaal)).as("%s: in English, missing in bokmål", bundle).isEmpty();
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
