package no.samvirke.anonymisation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samvirke.anonymisation.IdentifyingKind;
import no.samvirke.anonymisation.TextFinding;

/**
 * Person names in a text: the subject's registered name and each part of it in any inflection
 * and case ("Åses", "Probesens", "probesen's", "Anne-Lise"), listed Norwegian first names and
 * surnames (also in the genitive), words shaped like a "-sen" surname, and — softly — any other
 * capitalised word that does not start a sentence and is not a known place, institution or month.
 */
public final class NameFinder {

    /** Norwegian inflection of a name: genitive, definite and plural forms. */
    private static final String INFLECTION = "(?:['’]s|['’]|s|es|en|ens|a|as|e|ene|enes|ane)?";
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}]*(?:[-‑]\\p{L}+)*(?:['’]s?)?");
    private static final List<String> GENITIVE = List.of("'s", "’s", "'", "’", "s", "es");
    private static final List<String> NOT_NAME_SUFFIXES = List.of("skole", "skolen", "kommune", "kommunes",
            "politidistrikt", "senter", "senteret", "sykehus", "barnehage", "barnehagen", "stasjon", "tjenesten",
            "kontor", "kontoret", "klubb", "klubben", "moske", "moskeen", "kirke", "kirken", "foreningen", "gruppen");

    private final NameLists lists;

    public NameFinder(NameLists lists) {
        this.lists = lists;
    }

    public List<TextFinding> find(String text, String subjectName) {
        List<TextFinding> subject = subject(text, subjectName);
        List<TextFinding> found = new ArrayList<>(subject);
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            IdentifyingKind kind = kindOf(m.group(), Sentences.startsAt(text, start));
            // the subject's name says more than "a name" over the same word ("Probesen-familien")
            if (kind != null && subject.stream().noneMatch(s -> s.start() < end && start < s.end())) {
                found.add(new TextFinding(kind, m.start(), m.end()));
            }
        }
        return found;
    }

    private static List<TextFinding> subject(String text, String name) {
        List<TextFinding> found = new ArrayList<>();
        if (name == null || name.isBlank()) {
            return found;
        }
        List<String> parts = new ArrayList<>(List.of(name.strip().split("[\\s-]+")));
        parts.add(name.strip());
        for (String part : parts) {
            if (part.length() < 2) {
                continue;
            }
            Matcher m = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + INFLECTION
                    + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                found.add(new TextFinding(IdentifyingKind.SUBJECT_NAME, m.start(), m.end()));
            }
        }
        return found;
    }

    private IdentifyingKind kindOf(String word, boolean sentenceStart) {
        if (word.length() < 2 || word.equals(word.toUpperCase(Locale.ROOT))) {
            return null; // "I", acronyms: NAV, PST, SLT
        }
        IdentifyingKind strongest = null;
        for (String piece : word.split("[-‑]")) {
            if (piece.length() < 2 || !Character.isUpperCase(piece.charAt(0))
                    || piece.equals(piece.toUpperCase(Locale.ROOT))) {
                continue; // "SLT-koordinatoren": only capitalised pieces, no acronyms
            }
            IdentifyingKind kind = pieceKind(piece.toLowerCase(Locale.ROOT), sentenceStart);
            if (kind == IdentifyingKind.PERSON_NAME) {
                return kind;
            }
            strongest = strongest == null ? kind : strongest;
        }
        return strongest;
    }

    private IdentifyingKind pieceKind(String lower, boolean sentenceStart) {
        List<String> forms = forms(lower);
        if (forms.stream().anyMatch(f -> lists.notNames().contains(f) || NOT_NAME_SUFFIXES.stream().anyMatch(f::endsWith))) {
            return null;
        }
        boolean listed = forms.stream().anyMatch(lists::listedName);
        boolean ambiguous = forms.stream().anyMatch(lists.ambiguous()::contains);
        if (listed && !ambiguous) {
            return IdentifyingKind.PERSON_NAME;
        }
        if (sentenceStart) {
            return null;
        }
        if (!ambiguous && forms.stream().anyMatch(f -> f.length() >= 6 && (f.endsWith("sen") || f.endsWith("son")))) {
            return IdentifyingKind.PERSON_NAME;
        }
        return IdentifyingKind.POSSIBLE_NAME;
    }

    /** The word and the word without a genitive ending ("åses" → "åse", "hansen's" → "hansen"). */
    private static List<String> forms(String lower) {
        List<String> forms = new ArrayList<>(List.of(lower));
        GENITIVE.stream().filter(g -> lower.endsWith(g) && lower.length() > g.length() + 1)
                .forEach(g -> forms.add(lower.substring(0, lower.length() - g.length())));
        return forms;
    }
}
