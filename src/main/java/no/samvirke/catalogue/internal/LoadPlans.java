package no.samvirke.catalogue.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import no.samvirke.catalogue.Plan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads every {@code classpath:plans/*.yaml} at start-up. Idempotent: a plan whose file is unchanged
 * (same checksum) is left alone; a changed file replaces the plan whole; a malformed file is rejected
 * (logged with line and field) and nothing of it is stored.
 */
@Component
public class LoadPlans implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(LoadPlans.class);

    private final PlanStore store;
    private final PlanFileReader reader = new PlanFileReader();

    LoadPlans(PlanStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:plans/*.yaml")) {
            try {
                load(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8));
            } catch (InvalidPlanFileException e) {
                LOG.error(e.getMessage());
            }
        }
    }

    /** Loads one file; returns true when the plan was (re)stored, false when it was unchanged. */
    public boolean load(String name, String content) {
        Plan plan = reader.read(name, content);
        String checksum = checksum(content);
        if (store.checksum(plan.id()).filter(checksum::equals).isPresent()) {
            return false;
        }
        store.replace(plan, checksum);
        LOG.info("Plan {} version {} loaded from {}: {} measures", plan.id(), plan.version(), name,
                plan.measures().size());
        return true;
    }

    static String checksum(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
