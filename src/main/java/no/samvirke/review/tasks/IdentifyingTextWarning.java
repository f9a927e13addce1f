package no.samvirke.review.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samvirke.platform.CaseId;
import no.samvirke.platform.InvalidInputException;
import no.samvirke.platform.InvalidInputException.FieldProblem;
import no.samvirke.sharing.CaseConfidentiality;
import org.springframework.stereotype.Component;

/**
 * Before free text is saved on an anonymised case: sharing looks for what could identify the
 * subject (it alone may read the name). Unless the user confirmed with {@value #CONFIRM_FIELD},
 * the form comes back with one warning per kind found and per field, and the confirmation box.
 */
@Component
public class IdentifyingTextWarning {

    public static final String CONFIRM_FIELD = "confirmIdentifying";
    static final String WARNING_PREFIX = "review.anon.identifyingWarning.";
    static final String CONFIRM_KEY = "review.anon.confirmRequired";

    private final CaseConfidentiality confidentiality;

    IdentifyingTextWarning(CaseConfidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    /**
     * @param texts field name → text, in the order the form shows them
     * @param anonymisedAnyway true when the text is saved together with the choice to discuss anonymously
     */
    public void check(UUID caseId, Map<String, String> texts, boolean anonymisedAnyway, boolean confirmed) {
        if (confirmed || !(anonymisedAnyway || confidentiality.anonymised(CaseId.of(caseId)))) {
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        texts.forEach((field, text) -> confidentiality.identifyingIn(CaseId.of(caseId), text)
                .forEach(kind -> problems.add(new FieldProblem(field, WARNING_PREFIX + kind))));
        if (!problems.isEmpty()) {
            problems.add(new FieldProblem(CONFIRM_FIELD, CONFIRM_KEY));
            throw new InvalidInputException(problems);
        }
    }

    static Map<String, String> texts(Object... fieldAndText) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldAndText.length; i += 2) {
            if (fieldAndText[i + 1] != null) {
                texts.put((String) fieldAndText[i], (String) fieldAndText[i + 1]);
            }
        }
        return texts;
    }
}
