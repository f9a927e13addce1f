package no.samvirke.cases;

import java.util.ArrayList;
import java.util.List;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.intake.Category;

/**
 * The filters of the case list ({@code /saker}, {@code GET /api/v1/cases}); a null field does not
 * filter. {@code mine}: only cases where the viewer holds (is assignee of) an open task. The same
 * record is what a dashboard count links to: {@link #queryString()} gives the list's query
 * parameters, which the page and the API both read (names below).
 */
public record CaseFilter(
        CasePhase phase,
        String municipalityCode,
        Category category,
        ServiceUnit sourceService,
        DeadlineWindow deadline,
        boolean mine) {

    /** Query parameter names of the list page and the API. */
    public static final String PHASE = "fase";
    public static final String MUNICIPALITY = "kommune";
    public static final String CATEGORY = "kategori";
    public static final String SOURCE_SERVICE = "kilde";
    public static final String DEADLINE = "frist";
    public static final String MINE = "mine";

    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, false);

    public CaseFilter withPhase(CasePhase value) {
        return new CaseFilter(value, municipalityCode, category, sourceService, deadline, mine);
    }

    public CaseFilter withDeadline(DeadlineWindow value) {
        return new CaseFilter(phase, municipalityCode, category, sourceService, value, mine);
    }

    public CaseFilter withMunicipality(String value) {
        return new CaseFilter(phase, value, category, sourceService, deadline, mine);
    }

    public CaseFilter withMine(boolean value) {
        return new CaseFilter(phase, municipalityCode, category, sourceService, deadline, value);
    }

    /** E.g. {@code fase=SCREENING&frist=OVERDUE}; empty for {@link #ALL}. Enum names, unencoded (they need none). */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        if (phase != null) {
            parts.add(PHASE + "=" + phase.name());
        }
        if (municipalityCode != null) {
            parts.add(MUNICIPALITY + "=" + municipalityCode);
        }
        if (category != null) {
            parts.add(CATEGORY + "=" + category.name());
        }
        if (sourceService != null) {
            parts.add(SOURCE_SERVICE + "=" + sourceService.name());
        }
        if (deadline != null) {
            parts.add(DEADLINE + "=" + deadline.name());
        }
        if (mine) {
            parts.add(MINE + "=true");
        }
        return String.join("&", parts);
    }
}
