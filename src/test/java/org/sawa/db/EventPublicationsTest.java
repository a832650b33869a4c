package org.sawa.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sawa.support.MovableClock;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.sawa.support.StoredRequests;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The event registry's completed publications are removed an hour after their completion,
 * in batches; a publication not completed (waiting, failed) never is, however old, and it
 * holds back what listeners may forget of the events of its type (ADR 0044).
 */
@SawaTest
class EventPublicationsTest {

	/** The event type of this test's rows: no listener of the application has it. */
	private static final String TYPE = Pruned.class.getName();

	record Pruned() {
	}

	@Autowired
	EventPublications publications;

	@Autowired
	Owner owner;

	@AfterEach
	void removeRows() {
		owner.jdbc().sql("DELETE FROM event_publication WHERE event_type = :type").param("type", TYPE).update();
	}

	/**
	 * A publication of this test's type, published and (when not null) completed so long
	 * ago.
	 */
	private UUID publication(Duration publishedAgo, Duration completedAgo, String status) {
		Instant now = MovableClock.INSTANCE.instant();
		return StoredRequests.stored(owner.jdbc(), TYPE, now.minus(publishedAgo),
				completedAgo == null ? null : now.minus(completedAgo), status);
	}

	private List<UUID> left() {
		return owner.jdbc()
			.sql("SELECT id FROM event_publication WHERE event_type = :type")
			.param("type", TYPE)
			.query(UUID.class)
			.list();
	}

	@Test
	void completed_publications_are_removed_after_an_hour_and_the_others_never() {
		UUID day = publication(Duration.ofDays(1), Duration.ofDays(1), "COMPLETED");
		UUID twoHours = publication(Duration.ofHours(3), Duration.ofHours(2), "COMPLETED");
		UUID halfHour = publication(Duration.ofMinutes(30), Duration.ofMinutes(30), "COMPLETED");
		UUID waiting = publication(Duration.ofDays(30), null, "PUBLISHED");
		UUID failed = publication(Duration.ofDays(20), null, "FAILED");
		// as Spring Modulith's own removal: a failed one is kept even with a date
		UUID failedWithDate = publication(Duration.ofDays(20), Duration.ofDays(19), "FAILED");

		publications.removeCompleted();

		assertThat(left()).containsExactlyInAnyOrder(halfHour, waiting, failed, failedWithDate)
			.doesNotContain(day, twoHours);

		// an hour later, the one completed half an hour ago goes too
		MovableClock.INSTANCE.advance(Duration.ofHours(1));
		try {
			publications.removeCompleted();
		}
		finally {
			MovableClock.INSTANCE.reset();
		}
		assertThat(left()).containsExactlyInAnyOrder(waiting, failed, failedWithDate);
	}

	@Test
	void many_are_removed_in_batches_until_none_is_left() {
		for (int i = 0; i < 5; i++) {
			publication(Duration.ofDays(20), Duration.ofDays(19), "COMPLETED");
		}
		UUID recent = publication(Duration.ofMinutes(1), Duration.ofMinutes(1), "COMPLETED");
		Instant hourAgo = MovableClock.INSTANCE.instant().minus(Duration.ofHours(1));

		assertThat(publications.removeCompletedBefore(hourAgo, 2)).isGreaterThanOrEqualTo(5);

		assertThat(left()).containsExactly(recent);
	}

	@Test
	void what_can_still_be_delivered_holds_back_the_settled_instant() {
		Instant before = MovableClock.INSTANCE.instant();
		Instant nothingWaiting = publications.settledBefore(List.of(Pruned.class));
		assertThat(nothingWaiting).isBetween(before.minus(Duration.ofHours(1)),
				MovableClock.INSTANCE.instant().minus(Duration.ofHours(1)));

		publication(Duration.ofDays(40), Duration.ofDays(40), "COMPLETED");
		UUID waiting = publication(Duration.ofDays(30), null, "PUBLISHED");
		Timestamp published = owner.jdbc()
			.sql("SELECT publication_date FROM event_publication WHERE id = :id")
			.param("id", waiting)
			.query(Timestamp.class)
			.single();
		// an hour before the oldest publication still to be delivered; other types
		// unaffected
		assertThat(publications.settledBefore(List.of(Pruned.class)))
			.isEqualTo(published.toInstant().minus(Duration.ofHours(1)));
		assertThat(publications.settledBefore(List.of(String.class))).isAfter(before.minus(Duration.ofHours(2)));
	}

}
