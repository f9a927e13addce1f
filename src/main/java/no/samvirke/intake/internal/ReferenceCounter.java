package no.samvirke.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The last sequence number used for a municipality's references in one year. */
@Entity
@Table(name = "concern_reference_counter")
class ReferenceCounter {

    @Embeddable
    record Key(String municipalityCode, @Column(name = "counter_year") int year) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    private int lastValue;

    protected ReferenceCounter() {
    }

    ReferenceCounter(Key key) {
        this.key = key;
    }

    int next() {
        return ++lastValue;
    }
}
