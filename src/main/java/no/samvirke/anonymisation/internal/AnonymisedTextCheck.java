package no.samvirke.anonymisation.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.anonymisation.AnonymisedDescriptions;
import no.samvirke.anonymisation.IdentifyingKind;
import no.samvirke.anonymisation.TextFinding;

/**
 * The rule for confirming a text for anonymised discussion: not blank, not too long, no hard
 * finding (those cannot be confirmed away), and the writer's explicit confirmation that the text
 * does not identify the person (which also covers the soft findings).
 */
final class AnonymisedTextCheck {

    static final String FINDING_PREFIX = "sharing.anonymised.finding.";
    static final String CONFIRM_REQUIRED = "sharing.anonymised.confirmRequired";
    static final String HARD_STOP = "sharing.anonymised.hardStop";

    private AnonymisedTextCheck() {
    }

    /** @throws InvalidInputException listing each kind found once, and the confirmation if missing */
    static void require(String text, boolean confirmed, List<TextFinding> findings) {
        List<FieldProblem> problems = new ArrayList<>();
        String field = AnonymisedDescriptions.FIELD;
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "sharing.anonymised.required"));
        } else if (text.strip().length() > AnonymisedDescriptions.MAX_LENGTH) {
            problems.add(new FieldProblem(field, "sharing.anonymised.tooLong"));
        }
        Set<IdentifyingKind> kinds = kinds(findings);
        kinds.stream().filter(IdentifyingKind::hard).forEach(k -> problems.add(new FieldProblem(field, FINDING_PREFIX + k)));
        if (kinds.stream().anyMatch(IdentifyingKind::hard)) {
            problems.add(new FieldProblem(field, HARD_STOP));
        }
        if (!confirmed) { // the confirmation covers the soft findings: the writer has read them
            kinds.stream().filter(k -> !k.hard()).forEach(k -> problems.add(new FieldProblem(field, FINDING_PREFIX + k)));
            problems.add(new FieldProblem(AnonymisedDescriptions.CONFIRM_FIELD, CONFIRM_REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static Set<IdentifyingKind> kinds(List<TextFinding> findings) {
        return findings.stream().map(TextFinding::kind).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static String kindList(List<TextFinding> findings) {
        return kinds(findings).stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
