package org.sawa.lens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.ParticipationRecorded;
import org.sawa.account.Participations;
import org.sawa.support.MovableClock;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.sawa.support.StoredRequests;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lens notes every event it counted, so that an event delivered again after a crash
 * is not counted twice (ADR 0034). Those notes are forgotten once no event that old can
 * be delivered again (ADR 0044), an hour after; never while the event's own publication
 * is not completed, whatever its age.
 */
@SawaTest
class CountedMarksTest {

	private static final DemographicSnapshot WOMAN = new DemographicSnapshot("female", "25-34", "no", "rural");

	@Autowired
	ParticipationFacts facts;

	@Autowired
	Participations participations;

	@Autowired
	Territories territories;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Owner owner;

	private boolean marked(UUID event) {
		return owner.jdbc()
			.sql("SELECT count(*) FROM participation_event_counted WHERE event_id = :id")
			.param("id", event)
			.query(Long.class)
			.single() == 1;
	}

	/** Moves what the registry and the lens wrote of an event back by {@code ago}. */
	private void backdate(UUID event, String channel, Duration ago) {
		owner.jdbc()
			.sql("UPDATE participation_event_counted SET counted_at = counted_at - CAST(:ago AS interval) WHERE event_id = :id")
			.param("ago", ago.toMinutes() + " minutes")
			.param("id", event)
			.update();
		owner.jdbc()
			.sql("""
					UPDATE event_publication SET publication_date = publication_date - CAST(:ago AS interval)
					WHERE event_type = :type AND serialized_event LIKE :like""")
			.param("ago", ago.toMinutes() + " minutes")
			.param("type", ParticipationRecorded.class.getName())
			.param("like", "%" + channel + "%")
			.update();
	}

	@Test
	void a_mark_is_kept_while_its_event_can_be_delivered_again_and_forgotten_an_hour_after() {
		long commune = territories.byCode("MA-BEM-02").orElseThrow().id();
		String waitingChannel = "test.marks.waiting." + UUID.randomUUID();
		String settledChannel = "test.marks.settled." + UUID.randomUUID();
		ParticipationRecorded waiting = tx
			.execute(s -> participations.record(waitingChannel, commune, WOMAN, MovableClock.INSTANCE.instant()));
		ParticipationRecorded settled = tx
			.execute(s -> participations.record(settledChannel, commune, WOMAN, MovableClock.INSTANCE.instant()));
		assertThat(StoredRequests.notDone(owner.jdbc(), ParticipationRecorded.class)).isZero();
		// a day ago one was counted and delivered; three hours ago the other was counted,
		// and a crash lost the completion of its publication, which the registry will
		// deliver again
		StoredRequests.reopen(owner.jdbc(), ParticipationRecorded.class, waitingChannel);
		backdate(waiting.id(), waitingChannel, Duration.ofHours(3));
		backdate(settled.id(), settledChannel, Duration.ofDays(1));

		try {
			facts.forgetSettled();

			assertThat(marked(settled.id())).as("counted a day ago, delivered").isFalse();
			assertThat(marked(waiting.id())).as("counted three hours ago, still to be delivered").isTrue();
			// delivered again: not counted twice
			assertThat(facts.count(waiting)).isFalse();
		}
		finally {
			owner.jdbc()
				.sql("""
						UPDATE event_publication SET completion_date = now(), status = 'COMPLETED'
						WHERE event_type = :type AND serialized_event LIKE :like""")
				.param("type", ParticipationRecorded.class.getName())
				.param("like", "%" + waitingChannel + "%")
				.update();
		}
		// once delivered, nothing holds its mark back: three hours is more than one
		facts.forgetSettled();
		assertThat(marked(waiting.id())).isFalse();
	}

}
