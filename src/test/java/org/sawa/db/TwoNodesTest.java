package org.sawa.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.Node;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one PostgreSQL (ADR 0035): this test's application and a
 * second one started as a process of its own. A person signed in on one continues on the
 * other and signs out of both at once; sign-in attempts count across both; a scheduled
 * job runs once per period across both.
 */
@SawaTest
class TwoNodesTest {

	private static final String PASSWORD = "sawa-demo-2026";

	@LocalServerPort
	int port;

	@Autowired
	Owner owner;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Autowired
	OneNode oneNode;

	@Test
	void a_person_sign_in_limits_and_scheduled_jobs_are_shared_by_the_nodes() throws Exception {
		int pgPort = owner.port();
		// node B allows five sign-in attempts per account and address; node A (this
		// test's) 120; B runs the event reminders every second
		try (Node b = Node.start("b", pgPort, "--sawa.security.rate-limit.login-per-15min=5",
				"--sawa.event.reminder-every=PT1S", "--sawa.scheduled.initial-delay=PT1S")) {
			a_person_signed_in_on_one_node_continues_on_the_other(b);
			sign_in_attempts_count_across_the_nodes(b);
			a_scheduled_job_runs_once_per_period_across_the_nodes();
			a_territory_changed_reaches_the_other_nodes_pages(b);
		}
	}

	/** Each node keeps the territories in memory; a change reaches every node's pages. */
	private void a_territory_changed_reaches_the_other_nodes_pages(Node b) throws InterruptedException {
		Browser onB = new Browser(b.port()).acceptLanguage("fr");
		assertThat(onB.get("/territories/MA-AZI-08").body()).doesNotContain("(renommée)");
		String name = owner.jdbc()
			.sql("SELECT name_fr FROM territory WHERE code = 'MA-AZI-08'")
			.query(String.class)
			.single();
		try {
			owner.jdbc()
				.sql("UPDATE territory SET name_fr = name_fr || ' (renommée)' WHERE code = 'MA-AZI-08'")
				.update();
			String page = "";
			for (int attempt = 0; attempt < 50 && !page.contains("(renommée)"); attempt++) {
				Thread.sleep(100);
				page = onB.get("/territories/MA-AZI-08").body();
			}
			assertThat(page).contains("(renommée)");
		}
		finally {
			owner.jdbc()
				.sql("UPDATE territory SET name_fr = :name WHERE code = 'MA-AZI-08'")
				.param("name", name)
				.update();
		}
	}

	private void a_person_signed_in_on_one_node_continues_on_the_other(Node b) {
		long id = accounts.createConfirmed("two.nodes@example.ma", PASSWORD, "Hajar Two Nodes", "fr");
		accounts.declareProfile(id, "female", 1992, false, territories.byCode("MA-BEM-07").orElseThrow().id());
		Browser onA = new Browser(port).acceptLanguage("fr");
		assertThat(onA.signIn("two.nodes@example.ma", PASSWORD).statusCode()).isEqualTo(302);
		Browser onB = onA.at(b.port());
		var me = onB.get("/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("Hajar Two Nodes");
		// a form read on A is sent to B: the CSRF token is the session's, kept in the
		// database
		String petition = "/petitions/PET-" + MovableClock.today().getYear() + "-0001";
		assertThat(onA.get(petition).statusCode()).isEqualTo(200);
		assertThat(onB
			.submit(petition, petition + "/sign",
					Map.of("nationalId", "TN102030", "basis", "residence", "confirm", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(owner.jdbc()
			.sql("SELECT count(*) FROM petition_signature WHERE person_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
		// signed out on B, signed out on A
		assertThat(onB.submit("/me", "/logout", Map.of()).statusCode()).isEqualTo(302);
		var afterwards = onA.get("/me");
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location").orElseThrow()).contains("/login");
	}

	private void sign_in_attempts_count_across_the_nodes(Node b) {
		accounts.createConfirmed("two.nodes.limit@example.ma", PASSWORD, "Limited", "fr");
		Browser onA = new Browser(port).acceptLanguage("fr");
		for (int i = 0; i < 4; i++) {
			assertThat(onA.signIn("two.nodes.limit@example.ma", "wrong password").headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).contains("error"));
		}
		Browser onB = new Browser(b.port()).acceptLanguage("fr");
		assertThat(onB.signIn("two.nodes.limit@example.ma", "wrong password").headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).contains("error"));
		// the sixth attempt, the first two on B: B counted A's four
		assertThat(onB.signIn("two.nodes.limit@example.ma", PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).contains("limited"));
	}

	private void a_scheduled_job_runs_once_per_period_across_the_nodes() throws InterruptedException {
		String thisNode = ManagementFactory.getRuntimeMXBean().getName();
		String job = null;
		// B runs its reminders every second: wait for one of its runs
		for (int attempt = 0; attempt < 200 && job == null; attempt++) {
			job = owner.jdbc()
				.sql("""
						SELECT name FROM scheduled_job WHERE name LIKE '%EventReminders%' AND node <> :me
						AND started_at > clock_timestamp() - interval '200 milliseconds'""")
				.param("me", thisNode)
				.query(String.class)
				.optional()
				.orElse(null);
			Thread.sleep(20);
		}
		assertThat(job).as("node B runs the reminders").isNotNull();
		// B has just run it: A may not run it in this period
		assertThat(oneNode.claim(job, Duration.ofSeconds(1))).isFalse();
		// A asks ten times a second for three seconds, B once a second: at most one run
		// per 0.9 s between them
		long before = runs(job);
		int mine = 0;
		for (int i = 0; i < 30; i++) {
			mine += oneNode.claim(job, Duration.ofSeconds(1)) ? 1 : 0;
			Thread.sleep(100);
		}
		long all = runs(job) - before;
		assertThat(mine).isBetween(1, 4);
		assertThat(all).isBetween((long) mine, 5L);
	}

	private long runs(String job) {
		return owner.jdbc()
			.sql("SELECT runs FROM scheduled_job WHERE name = :job")
			.param("job", job)
			.query(Long.class)
			.single();
	}

}
