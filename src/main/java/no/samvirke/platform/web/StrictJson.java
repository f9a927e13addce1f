package no.samvirke.platform.web;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON yes/no fields take only true and false: Jackson would otherwise read any number as a
 * boolean (12345 becomes "yes, the subject is informed") and store it.
 */
@Configuration
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer booleansAreBooleans() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }
}
