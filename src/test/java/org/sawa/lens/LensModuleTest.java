package org.sawa.lens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.ParticipationRecorded;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The lens on its own (with the modules it needs, no demo): an act of participation
 * published by another module is counted once, by its groups, after the publishing
 * transaction commits; the same event delivered again (as the registry does after a
 * crash) is not counted twice. An event flow tested at the module level, with Spring
 * Modulith's {@link Scenario}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "db", "calendar" })
@ActiveProfiles("test")
class LensModuleTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ParticipationFacts facts;

	private long counted(String channel) {
		return jdbc
			.sql("SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = :c AND sex = 'female'"
					+ " AND area = 'rural'")
			.param("c", channel)
			.query(Long.class)
			.single();
	}

	@AfterEach
	void forget() {
		// the other tests share the database and read every channel
		jdbc.sql("DELETE FROM participation_fact WHERE channel = 'lens.test'").update();
		// and the rollup follows the facts changed behind the lens's back (lens V2)
		jdbc.sql("SELECT participation_rollup_rebuild()").query(Long.class).single();
	}

	@Test
	void an_act_of_participation_is_counted_once_by_its_groups(Scenario scenario) {
		ParticipationRecorded signed = new ParticipationRecorded(UUID.randomUUID(), "lens.test", 1,
				Instant.parse("2026-03-08T10:00:00Z"), new DemographicSnapshot("female", "25_34", "no", "rural"));

		scenario.publish(signed).andWaitForStateChange(() -> counted("lens.test"), n -> n > 0).andVerify(n -> {
			assertThat(n).isEqualTo(1);
		});
		// delivered again, as the registry republishes an event whose completion was lost
		assertThat(facts.count(signed)).as("already counted").isFalse();
		assertThat(counted("lens.test")).isEqualTo(1);
	}

}
