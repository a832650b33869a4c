package org.sawa.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.account.ParticipationRecorded;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.Node;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One durable commit per act (ADR 0034): during a signing load on a second node, the node
 * and PostgreSQL are both killed with SIGKILL, as in a power cut. The lens's facts and
 * the events' completion marks were committed without waiting for the disk, so some of
 * them may be lost; the signatures were not. After PostgreSQL has replayed its log and
 * the node has started again (republishing the events left incomplete), every
 * acknowledged signature is stored and the inclusion lens counts every stored signature
 * exactly once.
 */
@SawaTest
class KillDuringSigningTest {

	private static final int SIGNERS = 48;

	private static final String CHANNEL = "petition.signature";

	/** The schema's owner: it reads the server's settings and kills nothing itself. */
	@Autowired
	Owner owner;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Test
	void every_acknowledged_signature_is_stored_and_counted_once_after_a_power_cut() throws Exception {
		long commune = territories.byCode("MA-BEM-07").orElseThrow().id();
		List<String> signers = new ArrayList<>();
		for (int i = 0; i < SIGNERS; i++) {
			String email = "power.cut.%02d@example.ma".formatted(i);
			long id = accounts.createConfirmed(email, "sawa-demo-2026", "Signataire " + i, "fr");
			accounts.declareProfile(id, i % 2 == 0 ? "female" : "male", 1980 + i % 20, false, commune);
			signers.add(email);
		}
		String petition = "/petitions/PET-" + MovableClock.today().getYear() + "-0001";
		int pgPort = owner.port();
		long before = counted(commune);

		Node node = Node.start("signing", pgPort);
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		try {
			List<Browser> browsers = new ArrayList<>();
			for (String email : signers) {
				Browser browser = new Browser(node.port()).acceptLanguage("fr");
				browser.signIn(email, "sawa-demo-2026");
				browsers.add(browser);
			}
			ExecutorService load = Executors.newFixedThreadPool(6);
			for (int t = 0; t < 6; t++) {
				int thread = t;
				load.submit(() -> {
					for (int i = thread; i < SIGNERS; i += 6) {
						try {
							var answer = browsers.get(i)
								.submit(petition, petition + "/sign", Map.of("nationalId", "PC%06d".formatted(i),
										"basis", "residence", "confirm", "true"));
							if (answer.statusCode() == 302) {
								acknowledged.add(signers.get(i));
							}
						}
						catch (RuntimeException cut) {
							// the node or its database is gone: not acknowledged
						}
					}
				});
			}
			while (acknowledged.size() < SIGNERS / 2) {
				Thread.sleep(5);
			}
			// the power cut: the node and PostgreSQL, with no shutdown and no checkpoint
			ProcessHandle postmaster = owner.postmaster();
			restarts = EmbeddedDatabase.watch().restarts();
			node.kill();
			postmaster.destroyForcibly();
			postmaster.onExit().get();
			load.shutdown();
			assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			node.close();
		}
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(SIGNERS / 2);

		// the application's watch starts PostgreSQL again, which replays its log
		awaitDatabase();
		// the node starts again, and republishes the events left incomplete
		try (Node again = Node.start("signing-again", pgPort)) {
			for (int attempt = 0; attempt < 600 && incomplete() > 0; attempt++) {
				Thread.sleep(100);
			}
			assertThat(incomplete()).as("participation events left incomplete").isZero();
		}
		List<String> stored = owner.jdbc().sql("""
				SELECT p.email FROM petition_signature s JOIN person p ON p.id = s.person_id
				WHERE p.email LIKE 'power.cut.%'""").query(String.class).list();
		assertThat(stored).as("every acknowledged signature is stored").containsAll(acknowledged);
		assertThat(stored).doesNotHaveDuplicates();
		assertThat(counted(commune) - before).as("each stored signature counted once by the lens")
			.isEqualTo(stored.size());
	}

	private long counted(long commune) {
		return owner.jdbc()
			.sql("SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = :channel AND territory_id = :t")
			.param("channel", CHANNEL)
			.param("t", commune)
			.query(Long.class)
			.single();
	}

	private long incomplete() {
		return owner.jdbc()
			.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND event_type = :type")
			.param("type", ParticipationRecorded.class.getName())
			.query(Long.class)
			.single();
	}

	/** The watch's restarts before the cut. */
	private int restarts;

	/**
	 * Waits until the application's watch has started PostgreSQL again (the server's
	 * other processes may answer a moment after their postmaster is gone) and it answers.
	 */
	private void awaitDatabase() throws InterruptedException {
		for (int attempt = 0; attempt < 600 && EmbeddedDatabase.watch().restarts() == restarts; attempt++) {
			Thread.sleep(100);
		}
		assertThat(EmbeddedDatabase.watch().restarts()).as("PostgreSQL started again").isEqualTo(restarts + 1);
		for (int attempt = 0; attempt < 120; attempt++) {
			try {
				owner.jdbc().sql("SELECT 1").query(Integer.class).single();
				return;
			}
			catch (RuntimeException notYet) {
				Thread.sleep(500);
			}
		}
		throw new AssertionError("PostgreSQL did not come back within a minute");
	}

}
