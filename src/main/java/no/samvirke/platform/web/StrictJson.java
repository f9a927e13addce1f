package no.samvirke.platform.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON yes/no fields take only true and false: Jackson would otherwise read any number as a
 * boolean (12345 becomes "yes, the subject is informed") and store it. And Jackson reads no more
 * than a request can sensibly hold: strings up to {@link #MAX_STRING_LENGTH} characters, nesting
 * up to {@link #MAX_NESTING_DEPTH} levels, numbers up to {@link #MAX_NUMBER_LENGTH} digits; beyond
 * that the parser stops and the API answers 400 problem+json.
 */
@Configuration
class StrictJson {

    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NESTING_DEPTH = 32;
    static final int MAX_NUMBER_LENGTH = 50;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer readLimits() {
        StreamReadConstraints limits = StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).build();
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(limits));
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer booleansAreBooleans() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }
}
