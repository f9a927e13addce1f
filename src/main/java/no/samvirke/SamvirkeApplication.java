package no.samvirke;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SamvirkeApplication {

    public static void main(String[] args) {
        SpringApplication.run(SamvirkeApplication.class, args);
    }
}
