package org.sawa.lens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.account.ParticipationRecorded;
import org.sawa.account.Participations;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

@SawaTest
class ParticipationFactsTest {

	@Autowired
	PublishedCounts published;

	@Autowired
	Participations participations;

	@Autowired
	People people;

	@Autowired
	ParticipationFacts facts;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Autowired
	TransactionTemplate tx;

	@LocalServerPort
	int port;

	@Test
	void each_participation_is_counted_once_by_its_snapshot_after_the_transaction_commits() {
		long commune = territories.byCode("MA-AZI-05").orElseThrow().id(); // Tabant,
																			// rural
		long woman = people.resident("count.once@example.ma", "female", 1990, "MA-AZI-05");
		ParticipationRecorded event = tx
			.execute(s -> participations.record("test.forum", commune, woman, MovableClock.INSTANCE.instant()));
		// counted by an asynchronous listener once the transaction has committed
		await().atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(facts.byDimension("sex", List.of(commune), LocalDate.of(2020, 1, 1),
					MovableClock.today().plusDays(1)))
				.contains(new ParticipationFacts.Count("test.forum", "female", 1)));
		// the registry may hand the same event over again after a crash: it is not
		// counted twice
		assertThat(facts.count(event)).isFalse();
		// (the demo's petition signatures may be counted in the same commune, under their
		// own channel)
		assertThat(
				facts.byDimension("area", List.of(commune), LocalDate.of(2020, 1, 1), MovableClock.today().plusDays(1)))
			.filteredOn(c -> c.channel().equals("test.forum"))
			.containsExactly(new ParticipationFacts.Count("test.forum", "rural", 1));
	}

	@Test
	void nothing_is_counted_when_the_participation_is_rolled_back() {
		long commune = territories.byCode("MA-AZI-06").orElseThrow().id();
		long man = people.resident("rolled.back@example.ma", "male", 1980, "MA-AZI-06");
		try {
			tx.executeWithoutResult(s -> {
				participations.record("test.rollback", commune, man, MovableClock.INSTANCE.instant());
				throw new IllegalStateException("the user action failed");
			});
		}
		catch (IllegalStateException expected) {
			// the action and its participation go together
		}
		// a committed participation in the same commune shows the listener has run
		// meanwhile
		long other = people.resident("committed.after@example.ma", "female", 1999, "MA-AZI-06");
		tx.executeWithoutResult(
				s -> participations.record("test.committed", commune, other, MovableClock.INSTANCE.instant()));
		await().atMost(java.time.Duration.ofSeconds(10)).until(() -> channels(commune).contains("test.committed"));
		assertThat(channels(commune)).doesNotContain("test.rollback");
	}

	/** The channels with any participation in the commune, whenever it happened. */
	private java.util.Set<String> channels(long commune) {
		return facts.byDimension("sex", List.of(commune), LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31))
			.stream()
			.map(ParticipationFacts.Count::channel)
			.collect(java.util.stream.Collectors.toSet());
	}

	@Test
	void the_public_page_flags_the_missing_group_and_shows_small_counts_only_as_fewer_than_five() {
		long commune = territories.byCode("MA-KHO-07").orElseThrow().id(); // Oulad
																			// Abdoun,
																			// rural
		// other channels (the demo's petition signatures) may already count people there
		long before = facts
			.byDimension("sex", List.of(commune), LocalDate.of(2020, 1, 1), MovableClock.today().plusDays(1))
			.stream()
			.mapToLong(ParticipationFacts.Count::count)
			.sum();
		record(commune, "test.workshop", "male", 30);
		record(commune, "test.workshop", "female", 6);
		record(commune, "test.sitting", "male", 12);
		record(commune, "test.sitting", "female", 3);
		await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> facts
				.byDimension("sex", List.of(commune), LocalDate.of(2020, 1, 1), MovableClock.today().plusDays(1))
				.stream()
				.mapToLong(ParticipationFacts.Count::count)
				.sum() == before + 51);
		String page = new Browser(port).acceptLanguage("fr")
			.get("/territories/MA-KHO-07/who-takes-part/test.workshop")
			.body();
		String workshop = page.substring(page.indexOf("test.workshop : participants par sexe"));
		workshop = workshop.substring(0, workshop.indexOf("</table>"));
		// each figure is what the one function publishes for its cell: the page adds
		// nothing and hides nothing of its own
		Cell workshopCell = Cell.of("channel/test.workshop", "MA-KHO-07", "to-date");
		Long women = published.shown(workshopCell.with("sex", "female"), 6);
		Long men = published.shown(workshopCell.with("sex", "male"), 30);
		assertThat(women).isBetween(5L, 8L);
		assertThat(men).isBetween(28L, 32L);
		// some 6 women of 36 where women are half of the population: flagged
		assertThat(workshop).contains("<td class=\"num\">" + women + "</td>", "<td class=\"num\">" + men + "</td>",
				"<td class=\"num\">" + published.shown(workshopCell, 36) + "</td>", "Sous-représenté");
		String sittingPage = new Browser(port).acceptLanguage("fr")
			.get("/territories/MA-KHO-07/who-takes-part/test.sitting")
			.body();
		String sitting = sittingPage.substring(sittingPage.indexOf("test.sitting : participants par sexe"));
		sitting = sitting.substring(0, sitting.indexOf("</table>"));
		// 3 women: shown as <5, never as a number, whatever the men and the total show
		Cell sittingCell = Cell.of("channel/test.sitting", "MA-KHO-07", "to-date");
		assertThat(sitting)
			.contains("<td class=\"num\">&lt;5</td>",
					"<td class=\"num\">" + published.shown(sittingCell.with("sex", "male"), 12) + "</td>",
					"<td class=\"num\">" + published.shown(sittingCell, 15) + "</td>")
			.doesNotContain("<td class=\"num\">3</td>");
	}

	private int serial;

	private void record(long commune, String channel, String sex, int count) {
		for (int i = 0; i < count; i++) {
			long id = people.resident(channel + "." + sex + "." + (serial++) + "@example.ma", sex, 1960 + i,
					"MA-KHO-07");
			tx.executeWithoutResult(s -> participations.record(channel, commune, id, MovableClock.INSTANCE.instant()));
		}
	}

}
