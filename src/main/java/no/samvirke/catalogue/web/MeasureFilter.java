package no.samvirke.catalogue.web;

import java.util.Locale;
import no.samvirke.catalogue.Decision;
import no.samvirke.catalogue.Measure;
import no.samvirke.catalogue.MeasureStatus;
import no.samvirke.catalogue.Party;

/** The catalogue page's filters; empty fields match everything. */
record MeasureFilter(Party responsible, Decision decision, MeasureStatus status, String q) {

    boolean matches(Measure measure, String period) {
        return (responsible == null || measure.responsible().includes(responsible))
                && (decision == null || measure.recommendation().decision() == decision)
                && (status == null || measure.status(period).map(s -> s.status() == status).orElse(false))
                && (q == null || q.isBlank() || text(measure).contains(q.strip().toLowerCase(Locale.ROOT)));
    }

    private static String text(Measure m) {
        return (m.number() + " " + m.title() + " " + m.description() + " " + m.responsible().unit() + " "
                + String.join(" ", m.partners())).toLowerCase(Locale.ROOT);
    }
}
