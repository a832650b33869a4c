package org.sawa.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sawa.support.MovableClock;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.sawa.support.StoredRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * The event registry's store writes no "processing" state (ADR 0044's addendum): a
 * publication goes from published to completed, or to failed, and nothing else of the
 * store changes.
 */
@SawaTest
class NoProcessingMarkTest {

	private static final String TYPE = "org.sawa.db.NoProcessingMarkTest.Marked";

	@Autowired
	EventPublicationRepository store;

	@Autowired
	Owner owner;

	@AfterEach
	void removeRows() {
		owner.jdbc().sql("DELETE FROM event_publication WHERE event_type = :type").param("type", TYPE).update();
	}

	private UUID published() {
		return StoredRequests.stored(owner.jdbc(), TYPE, MovableClock.INSTANCE.instant(), null, "PUBLISHED");
	}

	private String state(UUID id) {
		return owner.jdbc()
			.sql("SELECT status || ' ' || (completion_date IS NOT NULL) FROM event_publication WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void a_publication_goes_from_published_to_completed_or_failed_without_a_processing_state() {
		UUID completed = published();
		store.markProcessing(completed);
		assertThat(state(completed)).isEqualTo("PUBLISHED false");
		store.markCompleted(completed, Instant.now(MovableClock.INSTANCE));
		assertThat(state(completed)).isEqualTo("COMPLETED true");

		UUID failed = published();
		store.markProcessing(failed);
		store.markFailed(failed);
		assertThat(state(failed)).isEqualTo("FAILED false");
	}

	@Test
	void with_staleness_monitored_the_store_is_left_as_it_is() {
		Object plain = new Object();
		Object store = Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { EventPublicationRepository.class }, (proxy, method, arguments) -> null);
		BeanPostProcessor quiet = NoProcessingMark.processingNotMarked(new MockEnvironment());
		assertThat(quiet.postProcessAfterInitialization(store, "store")).isNotSameAs(store);
		assertThat(quiet.postProcessAfterInitialization(plain, "other")).isSameAs(plain);
		BeanPostProcessor monitored = NoProcessingMark.processingNotMarked(
				new MockEnvironment().withProperty("spring.modulith.events.staleness.processing", "PT10M"));
		assertThat(monitored.postProcessAfterInitialization(store, "store")).isSameAs(store);
	}

}
