package no.samvirke.sharing;

/**
 * Which text a {@link CaseView}'s description is (ADR 0021): the reporter's own only for a viewer
 * who may see both the description and the subject in full; otherwise the text written and
 * confirmed for anonymised discussion, or, until there is one, nothing (the page shows a placeholder).
 */
public enum DescriptionForm {
    AS_WRITTEN, ANONYMISED_TEXT, NO_ANONYMISED_TEXT_YET, NOT_SHOWN
}
