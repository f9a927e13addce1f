package no.samvirke.catalogue;

import java.util.List;

/** An action plan: id, version, the municipalities and police district it covers, its period and measures. */
public record Plan(String id, String title, int version, String revises, List<String> municipalities,
        String policeDistrict, int periodFrom, int periodTo, List<Measure> measures) {

    public Plan {
        municipalities = List.copyOf(municipalities);
        measures = List.copyOf(measures);
    }

    /** The areas (headings) in the order the plan first uses them. */
    public List<String> areas() {
        return measures.stream().map(Measure::area).distinct().toList();
    }

    public java.util.Optional<Measure> measure(int number) {
        return measures.stream().filter(m -> m.number() == number).findFirst();
    }

    public Plan withoutMeasures() {
        return new Plan(id, title, version, revises, municipalities, policeDistrict, periodFrom, periodTo, List.of());
    }
}
