package org.sawa.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sawa.account.Accounts;
import org.sawa.calendar.ShiftableClock;
import org.sawa.consultation.Comments;
import org.sawa.consultation.Moderation;
import org.sawa.consultation.Process;
import org.sawa.consultation.Processes;
import org.sawa.consultation.Proposals;
import org.sawa.territory.Territories;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Residents' proposals to the two demo consultations ({@code demo/proposals.tsv}), made
 * on their days through the services: twelve to Béni Mellal-Khénifra's development plan
 * in October and November 2021 from the five provinces (one by AIDECA), endorsed by the
 * demo's residents over the following weeks, some commented on, and each answered by the
 * region's staff in the return phase of February 2022; three to Laâyoune-Sakia El Hamra's
 * youth plan in the last days, not answered yet.
 */
@Component
class DemoProposals {

	private final Proposals proposals;

	private final Comments comments;

	private final Processes processes;

	private final Accounts accounts;

	private final Territories territories;

	private final ShiftableClock clock;

	private final Moderation moderation;

	DemoProposals(Proposals proposals, Comments comments, Processes processes, Accounts accounts,
			Territories territories, ShiftableClock clock, Moderation moderation) {
		this.moderation = moderation;
		this.proposals = proposals;
		this.comments = comments;
		this.processes = processes;
		this.accounts = accounts;
		this.territories = territories;
		this.clock = clock;
	}

	void load(String passwordHash, long bmkStaff) {
		LocalDate today = LocalDate.now(clock);
		List<Long> bmkResidents = new ArrayList<>();
		for (int i = 1; i <= 46; i++) {
			accounts.idByEmail("signer%02d@sawa.demo".formatted(i)).ifPresent(bmkResidents::add);
		}
		List<Long> youth = youngResidents(passwordHash, today);
		for (String[] row : rows()) {
			Process process = processes.byCode(row[0]).orElseThrow();
			boolean regionalPlan = "PDR-BMK-2022".equals(row[0]);
			LocalDate day = row[1].startsWith("-") ? today.minusDays(Long.parseLong(row[1].substring(1)))
					: LocalDate.parse(row[1]);
			long author = clock.during(day, () -> author(row, passwordHash));
			Long organisation = row[6].isEmpty() ? null
					: accounts.associationsRepresentedBy(author)
						.stream()
						.filter(o -> o.name().equals(row[6]))
						.findFirst()
						.orElseThrow()
						.id();
			int number = clock.during(day, () -> proposals.propose(process, new Proposals.NewProposal(row[10],
					row[11].replace("\\n", "\n"), row[7], row[8], row[9], organisation), author));
			List<Long> endorsers = regionalPlan ? bmkResidents : youth;
			int count = Integer.parseInt(row[12]);
			for (int i = 0; i < count; i++) {
				long who = endorsers.get((number * 5 + i) % endorsers.size());
				LocalDate on = day.plusDays(1 + (i * 3L) % (regionalPlan ? 25 : 3));
				clock.during(on.isAfter(today) ? today : on, () -> proposals.endorse(process, number, who));
			}
			if (!row[13].isEmpty()) {
				clock.during(LocalDate.parse(row[14]),
						() -> proposals.answer(process, number, row[13], row[15], bmkStaff));
			}
		}
		conversation(bmkResidents);
		moderated(bmkResidents, youth, today);
	}

	/**
	 * Moderation at work: a comment under the regional plan that gave a person's phone
	 * number, reported and hidden by the moderator with his reason in 2021; and an
	 * advertisement under the youth plan, reported this week and waiting in his queue.
	 */
	private void moderated(List<Long> residents, List<Long> youth, LocalDate today) {
		long moderator = accounts.idByEmail("moderator@sawa.demo").orElseThrow();
		Process plan = processes.byCode("PDR-BMK-2022").orElseThrow();
		long phone = clock.during(LocalDate.of(2021, 10, 26), () -> comments.comment(plan, 3, null,
				"Pour la pépinière, appelez directement M. Karim B. au 06 12 34 56 78, il connaît tout le monde.",
				residents.get(30)));
		clock.during(LocalDate.of(2021, 10, 27), () -> {
			moderation.report("comment", phone, "personal_data", "Numéro de téléphone d’un particulier",
					residents.get(5));
			moderation.report("comment", phone, "personal_data", "", residents.get(17));
		});
		clock.during(LocalDate.of(2021, 10, 28), () -> moderation.decide("comment", phone, "hide",
				"Donnait le numéro de téléphone d’un particulier (loi 09-08).", moderator));
		Process youthPlan = processes.byCode("JEUNESSE-LSH").orElseThrow();
		long advert = clock.during(today.minusDays(2), () -> comments.comment(youthPlan, 1, null,
				"ربح 500 درهم يوميا من الهاتف!!! راسلونا على واتساب", youth.get(10)));
		clock.during(today.minusDays(1), () -> {
			moderation.report("comment", advert, "spam", "إشهار", youth.get(1));
			moderation.report("comment", advert, "spam", "", youth.get(4));
		});
	}

	/** A few exchanges under the regional plan's first proposals. */
	private void conversation(List<Long> residents) {
		Process plan = processes.byCode("PDR-BMK-2022").orElseThrow();
		long first = clock.during(LocalDate.of(2021, 10, 7), () -> comments.comment(plan, 1, null,
				"Chez nous à Zaouiat Ahansal c’est pareil : l’été la source est presque à sec.", residents.get(3)));
		clock.during(LocalDate.of(2021, 10, 8), () -> comments.comment(plan, 1, first,
				"Il faudrait aussi des réservoirs pour l’été, pas seulement le réseau.", residents.get(8)));
		clock.during(LocalDate.of(2021, 10, 23), () -> comments.comment(plan, 7, null,
				"الوحدة المتنقلة مهمة جدا للنساء الحوامل في الدواوير البعيدة.", residents.get(12)));
		clock.during(LocalDate.of(2021, 10, 30), () -> comments.comment(plan, 9, null,
				"Et des interprètes en langue des signes dans les services d’accueil, au moins un jour par semaine.",
				residents.get(21)));
	}

	private long author(String[] row, String passwordHash) {
		if (row[2].contains("@")) {
			return accounts.idByEmail(row[2]).orElseThrow();
		}
		String email = "resident." + slug(row[2]) + "@sawa.demo";
		long id = accounts.createConfirmedHashed(email, passwordHash, row[2],
				row[5].startsWith("MA-LAA") ? "ar" : "fr");
		accounts.declareProfile(id, row[3], Integer.valueOf(row[4]), null,
				territories.byCode(row[5]).orElseThrow().id());
		return id;
	}

	/** Young residents of Laâyoune who endorse the youth plan's proposals. */
	private List<Long> youngResidents(String passwordHash, LocalDate today) {
		String[] communes = { "MA-LAA-01", "MA-LAA-02", "MA-LAA-04", "MA-LAA-01", "MA-LAA-05" };
		List<Long> ids = new ArrayList<>();
		clock.during(today.minusDays(12), () -> {
			for (int i = 1; i <= 12; i++) {
				long id = accounts.createConfirmedHashed("youth%02d@sawa.demo".formatted(i), passwordHash, "Jeune " + i,
						"ar");
				accounts.declareProfile(id, i % 3 == 0 ? "male" : "female", 1996 + i % 9, null,
						territories.byCode(communes[i % communes.length]).orElseThrow().id());
				ids.add(id);
			}
		});
		return ids;
	}

	private static String slug(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", ".");
	}

	private static List<String[]> rows() {
		try {
			String tsv = new ClassPathResource("demo/proposals.tsv").getContentAsString(StandardCharsets.UTF_8);
			return tsv.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
