package org.sawa.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sawa.account.Accounts;
import org.sawa.budget.Ballots;
import org.sawa.budget.ParticipatoryBudgets;
import org.sawa.budget.PbEnvelope;
import org.sawa.budget.PbProcess;
import org.sawa.budget.PbProposal;
import org.sawa.budget.PbProposals;
import org.sawa.budget.PbResults;
import org.sawa.calendar.ShiftableClock;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Two participatory budgets of 2026, entered through the application's services on the
 * days they happened (dates relative to the day the demo loads): the region's (30 M DH
 * split by province, a quarter kept for projects by or for women), closed with its
 * results published; and Naour's (1.5 M DH, 30 % kept for women), whose vote is open.
 * Forty proposals from residents, supports, the council's reviews, about two thousand
 * ballots (online by the demo residents, most on paper at polling points), more men than
 * women voting, as in life. Invented, labelled as such in the README.
 */
@Component
class DemoParticipatoryBudgets {

	/** Ballots typed on paper: the region's, and Naour's so far. */
	static final int REGION_PAPER = 1560;

	static final int NAOUR_PAPER = 380;

	private final ParticipatoryBudgets processes;

	private final PbProposals proposals;

	private final Ballots ballots;

	private final PbEnvelope envelope;

	private final PbResults results;

	private final org.sawa.budget.PbTexts texts;

	private final Accounts accounts;

	private final Territories territories;

	private final ShiftableClock clock;

	private final Random random = new Random(2026);

	DemoParticipatoryBudgets(ParticipatoryBudgets processes, PbProposals proposals, Ballots ballots,
			PbEnvelope envelope, PbResults results, org.sawa.budget.PbTexts texts, Accounts accounts,
			Territories territories, ShiftableClock clock) {
		this.texts = texts;
		this.processes = processes;
		this.proposals = proposals;
		this.ballots = ballots;
		this.envelope = envelope;
		this.results = results;
		this.accounts = accounts;
		this.territories = territories;
		this.clock = clock;
	}

	void load(long staff) {
		LocalDate today = LocalDate.now(clock);
		List<String[]> rows = rows();
		Map<String, BigDecimal> provinces = new LinkedHashMap<>();
		provinces.put("MA-AZI", new BigDecimal("7000000"));
		provinces.put("MA-BEM", new BigDecimal("6500000"));
		provinces.put("MA-FQH", new BigDecimal("5500000"));
		provinces.put("MA-KHN", new BigDecimal("5500000"));
		provinces.put("MA-KHO", new BigDecimal("5500000"));
		PbProcess region = clock.during(today.minusDays(250), () -> processes.open(new ParticipatoryBudgets.Form(
				"PB-BMK-" + today.getYear(), "MA-05", today.getYear(), "fr",
				"Budget participatif régional " + today.getYear(),
				"La région consacre 30 millions de dirhams à des projets proposés par les habitants et les associations, "
						+ "répartis entre les cinq provinces ; un quart est réservé aux projets portés par ou pour des "
						+ "femmes. Chiffres et projets inventés pour la démonstration.",
				new BigDecimal("30000000"), "province", provinces, "knapsack", null, 25, "women", today.minusDays(250),
				today.minusDays(205), today.minusDays(160), today.minusDays(80), today.minusDays(55)), staff));
		PbProcess naour = clock.during(today.minusDays(95), () -> processes.open(new ParticipatoryBudgets.Form(
				"PB-NAOUR-" + today.getYear(), "MA-BEM-07", today.getYear(), "ar",
				"الميزانية التشاركية لجماعة ناوور " + today.getYear(),
				"تخصص الجماعة مليونا ونصف مليون درهم لمشاريع يقترحها السكان والجمعيات، منها ثلاثون في المائة لمشاريع "
						+ "تقترحها النساء أو موجهة لهن. مشاريع وأرقام مختلقة للعرض.",
				new BigDecimal("1500000"), "none", Map.of(), "knapsack", null, 30, "women", today.minusDays(95),
				today.minusDays(60), today.minusDays(20), today.minusDays(10), today.plusDays(17)), staff));
		clock.during(today.minusDays(249), () -> texts.write(region, "ar", Map.of("title",
				"الميزانية التشاركية الجهوية " + today.getYear(), "summary",
				"تخصص الجهة ثلاثين مليون درهم لمشاريع يقترحها السكان والجمعيات، موزعة على الأقاليم الخمسة؛ ربعها لمشاريع "
						+ "تقترحها النساء أو موجهة لهن. أرقام ومشاريع مختلقة للعرض."),
				staff));
		clock.during(today.minusDays(94), () -> texts.write(naour, "fr", Map.of("title",
				"Budget participatif de la commune de Naour " + today.getYear(), "summary",
				"La commune consacre un million et demi de dirhams à des projets proposés par les habitants et les "
						+ "associations, dont 30 % pour des projets portés par ou pour des femmes. Projets et "
						+ "chiffres inventés pour la démonstration."),
				staff));
		List<Long> inRegion = residents(region);
		List<Long> inNaour = residents(naour);
		propose(region, inRegion, rows, "BMK", today.minusDays(245), today.minusDays(180), staff);
		propose(naour, inNaour, rows, "NAOUR", today.minusDays(85), today.minusDays(35), staff);
		vote(processes.byCode(region.code()).orElseThrow(), inRegion, today.minusDays(80), 25, REGION_PAPER, staff);
		vote(processes.byCode(naour.code()).orElseThrow(), inNaour, today.minusDays(10), 10, NAOUR_PAPER, staff);
		clock.during(today.minusDays(45), () -> results.publish(processes.byCode(region.code()).orElseThrow(), staff));
	}

	/** The budget's proposals from residents, supported by others, then reviewed. */
	private void propose(PbProcess p, List<Long> residents, List<String[]> rows, String budget, LocalDate from,
			LocalDate reviewed, long staff) {
		int i = 0;
		for (String[] r : rows) {
			if (!r[0].equals(budget)) {
				continue;
			}
			long author = residents.get(i * 5 % residents.size());
			LocalDate day = from.plusDays(i);
			i++;
			PbProposal x = clock.during(day, () -> proposals.propose(p, author, new PbProposals.Form(r[9], r[10], r[8],
					r[1], "", r[2], new BigDecimal(r[3]), "1".equals(r[4]), "1".equals(r[5]), null)));
			int supports = 2 + random.nextInt(Math.min(18, residents.size() - 1));
			for (int s = 0; s < supports; s++) {
				long supporter = residents.get((i * 7 + s * 3) % residents.size());
				clock.during(day.plusDays(1 + s % 5), () -> proposals.support(p, x.number(), supporter, true));
			}
			clock.during(reviewed,
					() -> proposals.review(p, x.number(), new PbProposals.Review("1".equals(r[6]),
							r.length > 11 ? r[11] : "", r[7].isEmpty() ? null : new BigDecimal(r[7]), "1".equals(r[6])),
							staff));
		}
		clock.during(reviewed.plusDays(2),
				() -> processes.publishReviews(processes.byCode(p.code()).orElseThrow(), staff));
	}

	/** The demo residents who live in the budget's territory. */
	private List<Long> residents(PbProcess p) {
		Territory territory = territories.byId(p.territoryId()).orElseThrow();
		List<Long> residents = new ArrayList<>();
		for (int n = 1; n <= 46; n++) {
			accounts.idByEmail("signer%02d@sawa.demo".formatted(n))
				.filter(id -> accounts.residence(id).flatMap(territories::byId).filter(territory::contains).isPresent())
				.ifPresent(residents::add);
		}
		return residents;
	}

	/**
	 * Ballots over the vote's first days: demo residents online (their ID numbers as the
	 * petitions' demo gave them), then paper ballots typed from polling points.
	 */
	private void vote(PbProcess p, List<Long> residents, LocalDate from, int days, int paper, long staff) {
		List<PbProposal> offered = proposals.onTheBallot(p);
		double[] weights = offered.stream().mapToDouble(x -> 1 + random.nextInt(9) + (x.forWomen() ? 2 : 0)).toArray();
		for (int n = 0; n < residents.size(); n++) {
			long voter = residents.get(n);
			int signer = n;
			clock.during(from.plusDays(n % days), () -> ballots.castOnline(p, voter,
					"BM%06d".formatted(100000 + (signer + 1) * 37), choose(p, offered, weights)));
		}
		List<Territory> communes = processes.communes(p);
		for (int n = 0; n < paper; n++) {
			Territory commune = communes.get(random.nextInt(communes.size()));
			String[] who = DemoVoters.draw(random, commune);
			Ballots.Paper ballot = new Ballots.Paper(DemoVoters.pollingPoint(commune),
					"PB%06d".formatted(p.id() * 100000 + n), commune.code(), who[0], who[1], who[2], who[3],
					choose(p, offered, weights));
			clock.during(from.plusDays(n % days), () -> ballots.castPaper(p, staff, ballot));
		}
	}

	/** A voter's choices: liked projects drawn by weight, each kept if it still fits. */
	private List<Integer> choose(PbProcess p, List<PbProposal> offered, double[] weights) {
		Map<String, BigDecimal> left = new LinkedHashMap<>();
		List<Integer> chosen = new ArrayList<>();
		int wanted = 1 + random.nextInt(4);
		double total = java.util.Arrays.stream(weights).sum();
		for (int tries = 0; tries < 12 && chosen.size() < wanted; tries++) {
			double pick = random.nextDouble() * total;
			int i = 0;
			while (i < weights.length - 1 && (pick -= weights[i]) > 0) {
				i++;
			}
			PbProposal x = offered.get(i);
			String part = envelope.part(p, x);
			BigDecimal remaining = left.computeIfAbsent(part, k -> PbEnvelope.amount(p, k));
			if (!chosen.contains(x.number()) && x.cost().compareTo(remaining) <= 0) {
				chosen.add(x.number());
				left.put(part, remaining.subtract(x.cost()));
			}
		}
		return chosen.isEmpty() ? List.of(offered.get(0).number()) : chosen;
	}

	private static List<String[]> rows() {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/pb-proposals.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			in.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> rows.add(l.split("\t", -1)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
