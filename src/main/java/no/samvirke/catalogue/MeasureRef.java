package no.samvirke.catalogue;

/** A measure as other modules refer to it: the plan, its number there and its title. */
public record MeasureRef(String planId, int number, String title) {
}
