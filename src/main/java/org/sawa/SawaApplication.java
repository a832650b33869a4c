package org.sawa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sawa: inclusive, gender-responsive open government for territorial collectivities. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = { "db", "web", "security", "audit", "mail", "refusal", "disclosure", "casework" })
public class SawaApplication {

	public static void main(String[] args) {
		SpringApplication.run(SawaApplication.class, args);
	}

}
