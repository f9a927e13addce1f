package no.samvirke.cases.web;

import no.samvirke.sharing.Grading;
import no.samvirke.sharing.InformationKind;
import no.samvirke.sharing.NewInformation;

/** The add-information form as posted (plain strings, so a bad value is an error, not a 400 page). */
record InformationForm(String kind, String text, String grading) {

    static InformationForm empty() {
        return new InformationForm(InformationKind.OBSERVATION.name(), "", Grading.OPEN_IN_CASE.name());
    }

    NewInformation toCommand() {
        return new NewInformation(parse(InformationKind.class, kind), text, parse(Grading.class, grading));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
