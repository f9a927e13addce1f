package no.samvirke.anonymisation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists of {@link NameFinder}, read once from {@code classpath:anonymisation/names/*.txt}
 * (lower case, one a line, {@code #} for comments): common Norwegian first names and surnames,
 * names that are also ordinary words, and capitalised words that are not names.
 */
public record NameLists(Set<String> firstNames, Set<String> surnames, Set<String> ambiguous, Set<String> notNames) {

    public static final NameLists DEFAULT = new NameLists(read("first-names"), read("surnames"), read("ambiguous"),
            read("not-names"));

    boolean listedName(String lower) {
        return firstNames.contains(lower) || surnames.contains(lower);
    }

    private static Set<String> read(String list) {
        String path = "/anonymisation/names/" + list + ".txt";
        try (InputStream in = NameLists.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
