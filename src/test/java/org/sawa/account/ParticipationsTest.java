package org.sawa.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@SawaTest
@RecordApplicationEvents
class ParticipationsTest {

	@Autowired
	Participations participations;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	private static final Instant MID_2026 = Instant.parse("2026-06-15T10:00:00Z");

	@Test
	void a_person_who_declared_nothing_is_not_stated_on_every_dimension() {
		long id = accounts.createConfirmed("silent@example.ma", "long-enough-pass", "Silent", "fr");
		assertThat(participations.snapshot(id, MID_2026)).isEqualTo(DemographicSnapshot.notStated());
	}

	@Test
	void the_snapshot_takes_sex_age_band_disability_and_the_area_of_the_commune() {
		long id = accounts.createConfirmed("rural.woman@example.ma", "long-enough-pass", "Aicha", "ar");
		long naour = territories.byCode("MA-BEM-07").orElseThrow().id(); // Naour, rural
		accounts.declareProfile(id, "female", 2004, true, naour);
		assertThat(participations.snapshot(id, MID_2026))
			.isEqualTo(new DemographicSnapshot("female", "18-24", "yes", "rural"));
	}

	@Test
	void the_age_band_is_the_one_at_the_moment_of_participation() {
		long id = accounts.createConfirmed("turning.25@example.ma", "long-enough-pass", "Omar", "fr");
		long beniMellal = territories.byCode("MA-BEM-01").orElseThrow().id(); // urban
		accounts.declareProfile(id, "male", 2001, false, beniMellal);
		assertThat(participations.snapshot(id, Instant.parse("2025-03-01T00:00:00Z")).ageBand()).isEqualTo("18-24");
		assertThat(participations.snapshot(id, MID_2026))
			.isEqualTo(new DemographicSnapshot("male", "25-34", "no", "urban"));
	}

	@Test
	void a_later_profile_change_does_not_rewrite_a_published_snapshot() {
		long id = accounts.createConfirmed("changer@example.ma", "long-enough-pass", "Salma", "fr");
		long territory = territories.byCode("MA-05").orElseThrow().id();
		ParticipationRecorded before = tx.execute(s -> participations.record("test.channel", territory, id, MID_2026));
		accounts.declareProfile(id, "female", 1990, null, null);
		assertThat(before.snapshot()).isEqualTo(DemographicSnapshot.notStated());
		assertThat(participations.snapshot(id, MID_2026).sex()).isEqualTo("female");
	}

	@Test
	void recording_publishes_one_event_with_channel_territory_and_snapshot_but_no_identity() {
		long id = accounts.createConfirmed("event@example.ma", "long-enough-pass", "Hind", "ar");
		accounts.declareProfile(id, "female", 1980, false, null);
		long territory = territories.byCode("MA-BEM").orElseThrow().id();
		tx.executeWithoutResult(s -> participations.record("petition.signature", territory, id, MID_2026));
		assertThat(events.stream(ParticipationRecorded.class)).singleElement().satisfies(event -> {
			assertThat(event.channel()).isEqualTo("petition.signature");
			assertThat(event.territoryId()).isEqualTo(territory);
			assertThat(event.snapshot()).isEqualTo(new DemographicSnapshot("female", "45-54", "no", "not_stated"));
			assertThat(ParticipationRecorded.class.getRecordComponents()).extracting(c -> c.getName())
				.doesNotContain("personId", "email");
		});
	}

	/**
	 * An act reads its author's profile once: what it counts is the profile as it first
	 * read it, even if the person changed it meanwhile elsewhere; a change this act makes
	 * is read again; a transaction of its own inside it, and the next act, read afresh.
	 */
	@Test
	void an_act_reads_its_authors_profile_once() {
		long id = accounts.createConfirmed("read.once@example.ma", "long-enough-pass", "Hafsa", "ar");
		long naour = territories.byCode("MA-BEM-07").orElseThrow().id();
		accounts.declareProfile(id, "female", 1990, false, naour);
		TransactionTemplate apart = new TransactionTemplate(tx.getTransactionManager());
		apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		tx.executeWithoutResult(act -> {
			assertThat(participations.snapshot(id, MID_2026).sex()).isEqualTo("female");
			apart.executeWithoutResult(elsewhere -> {
				jdbc.sql("UPDATE person SET disability = true WHERE id = :id").param("id", id).update();
				assertThat(participations.snapshot(id, MID_2026).disability()).isEqualTo("yes");
			});
			assertThat(participations.snapshot(id, MID_2026).disability()).isEqualTo("no");
			accounts.declareProfile(id, null, 1990, true, naour);
			assertThat(participations.snapshot(id, MID_2026))
				.isEqualTo(new DemographicSnapshot(DemographicSnapshot.NOT_STATED, "35-44", "yes", "rural"));
		});
		jdbc.sql("UPDATE person SET sex = 'female' WHERE id = :id").param("id", id).update();
		assertThat(participations.snapshot(id, MID_2026).sex()).isEqualTo("female");
	}

}
