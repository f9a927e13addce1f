package no.samvirke.catalogue.api;

import no.samvirke.catalogue.internal.CaseCounts;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import no.samvirke.catalogue.Measure;

/** A measure as JSON with {@code casesPerYear}: [{year, cases}], cases "0", "&lt;5" or the number. */
record MeasureWithCases(@JsonUnwrapped Measure measure, List<CaseCounts> casesPerYear) {
}
