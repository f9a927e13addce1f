package no.samvirke.catalogue.internal;

import no.samvirke.catalogue.Plan;
import no.samvirke.identity.CurrentUser;
import no.samvirke.platform.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Adds an uploaded plan file: the same reader and validation as the start-up loader
 * ({@link LoadPlans}), the same single-transaction store; only for the uploader's own municipality
 * ({@link PlanAuthority}). A plan id that already exists is only
 * accepted with identical content (nothing changes); different content is a conflict (ADR 0010).
 */
@Component
public class UploadPlan {

    private static final Logger LOG = LoggerFactory.getLogger(UploadPlan.class);

    /** The outcome: the stored plan, and whether it was new (false: identical to the stored one). */
    public record Result(Plan plan, boolean created) {
    }

    private final PlanStore store;
    private final PlanFileReader reader = new PlanFileReader();

    UploadPlan(PlanStore store) {
        this.store = store;
    }

    /**
     * @throws InvalidPlanFileException when the file is malformed (nothing is stored)
     * @throws PlanAuthority.OtherMunicipalityException when the plan covers a municipality not the uploader's
     * @throws ConflictException when a plan with the same id but other content exists
     */
    public Result upload(String fileName, String content, CurrentUser uploader) {
        Plan plan = reader.read(fileName, content);
        PlanAuthority.checkMayAdd(uploader, plan);
        String checksum = LoadPlans.checksum(content);
        var existing = store.checksum(plan.id());
        if (existing.isPresent()) {
            if (existing.get().equals(checksum)) {
                return new Result(plan, false);
            }
            throw new ConflictException("catalogue.upload.exists");
        }
        try {
            store.insert(plan, checksum);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("catalogue.upload.exists");
        } catch (DataIntegrityViolationException e) {
            throw new InvalidPlanFileException(fileName, List.of(new PlanFileError(1, "(file)",
                    "a value is longer than the catalogue can store")));
        }
        LOG.info("Plan {} version {} uploaded: {} measures", plan.id(), plan.version(), plan.measures().size());
        return new Result(plan, true);
    }
}
