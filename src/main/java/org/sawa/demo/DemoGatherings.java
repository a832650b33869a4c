package org.sawa.demo;

import java.time.LocalDate;
import org.sawa.calendar.ShiftableClock;
import org.sawa.consultation.Gathering;
import org.sawa.consultation.GatheringOrganisations;
import org.sawa.consultation.Gatherings;
import org.sawa.consultation.Process;
import org.sawa.consultation.Processes;
import org.sawa.consultation.Proposals;
import org.springframework.stereotype.Component;

/**
 * The regional plan's workshops in the five provinces (seed 002: "public consultations
 * and workshops in the five provinces" with more than 400 associations), from 18 November
 * to 2 December 2021: who came to each, and one proposal collected at each, typed in by
 * the region's staff and answered in the return phase. The counts are the demo's (the
 * seed gives only the total of associations).
 */
@Component
class DemoGatherings {

	private final Processes processes;

	private final Gatherings gatherings;

	private final Proposals proposals;

	private final ShiftableClock clock;

	private final GatheringOrganisations present;

	private static final String[] NAMES = { "Tafoukt", "Amal", "Nour", "Ighrem", "Tiwizi", "Assafou", "Tilelli", "Anir",
			"Izorane", "Tamount", "Afak", "Amane", "Badil", "Chourouk", "Inbiaat", "Massira", "Najah", "Saada",
			"Taliouine", "Titrit" };

	private static final String[] PURPOSES = { "pour le développement local", "de la femme rurale", "des jeunes",
			"pour l’environnement", "des personnes en situation de handicap", "pour l’éducation",
			"des parents d’élèves", "des usagers de l’eau", "pour la culture amazighe", "de solidarité" };

	DemoGatherings(Processes processes, Gatherings gatherings, Proposals proposals, ShiftableClock clock,
			GatheringOrganisations present) {
		this.present = present;
		this.processes = processes;
		this.gatherings = gatherings;
		this.proposals = proposals;
		this.clock = clock;
	}

	void load(long staff) {
		Process plan = processes.byCode("PDR-BMK-2022").orElseThrow();
		workshop(plan, staff, LocalDate.of(2021, 11, 18), "Atelier provincial de Béni Mellal", "MA-BEM-01",
				new int[] { 48, 61, 37, 4, 92 }, "Un centre d’accueil pour les femmes victimes de violence",
				"Les associations demandent un centre d’écoute et d’hébergement à Béni Mellal, avec une assistante "
						+ "sociale et une permanence juridique.",
				"inclusion", "accepted",
				"Retenu : un centre multifonctionnel pour les femmes, avec l’Entraide nationale.");
		workshop(plan, staff, LocalDate.of(2021, 11, 22), "Atelier provincial d’Azilal", "MA-AZI-01",
				new int[] { 29, 47, 33, 2, 78 }, "Des pistes praticables l’hiver dans la montagne",
				"Dans les douars d’altitude, la neige coupe les pistes des semaines ; les femmes ne peuvent plus "
						+ "accoucher au centre de santé.",
				"transport", "partial",
				"Le déneigement est renforcé dès 2022 ; les pistes suivront le programme rural.");
		workshop(plan, staff, LocalDate.of(2021, 11, 25), "Atelier provincial de Fquih Ben Salah", "MA-FQH-01",
				new int[] { 22, 58, 29, 3, 74 }, "Une coopérative laitière pour les petits éleveurs",
				"Les petits éleveurs vendent leur lait à bas prix ; une unité de collecte et de transformation gérée "
						+ "par eux ferait monter les revenus.",
				"agriculture", "planned", "Déjà prévu dans le plan agricole régional (Génération Green).");
		workshop(plan, staff, LocalDate.of(2021, 11, 29), "Atelier provincial de Khouribga", "MA-KHO-01",
				new int[] { 35, 52, 41, 5, 86 }, "Former les jeunes aux métiers des mines et de l’énergie",
				"Un centre de formation avec l’OCP et l’OFPPT pour que les jeunes de la province trouvent du travail "
						+ "près de chez eux.",
				"jobs", "accepted", "Retenu avec l’OFPPT : une cité des métiers et des compétences à Khouribga.");
		workshop(plan, staff, LocalDate.of(2021, 12, 2), "Atelier provincial de Khénifra", "MA-KHN-01",
				new int[] { 31, 44, 30, 3, 82 }, "Protéger les forêts de cèdres et leurs usagers",
				"Les usagers de la forêt veulent être associés à sa gestion, avec des revenus du bois et du "
						+ "tourisme.",
				"environment", "partial", "Une convention avec l’Agence des eaux et forêts associera les usagers.");
	}

	/**
	 * The associations of a province at its workshop, named as the demo names them: a
	 * name and a purpose, with the province.
	 */
	static String associations(String province, int count) {
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < count; i++) {
			names.append("Association ")
				.append(NAMES[i % NAMES.length])
				.append(' ')
				.append(PURPOSES[(i / NAMES.length) % PURPOSES.length])
				.append(" (")
				.append(province)
				.append(")\n");
		}
		return names.toString();
	}

	/** counts: women, men, young, with a disability, associations. */
	private void workshop(Process plan, long staff, LocalDate day, String name, String commune, int[] counts,
			String title, String body, String category, String answer, String reasons) {
		long id = clock.during(day, () -> gatherings.record(plan, new Gatherings.NewGathering("workshop", name, day,
				commune, counts[0], counts[1], counts[2], counts[3], counts[4]), staff));
		Gathering gathering = gatherings.byId(plan.id(), id).orElseThrow();
		String province = name.replace("Atelier provincial de ", "").replace("Atelier provincial d’", "");
		clock.during(day.plusDays(1), () -> present.record(plan, gathering, associations(province, counts[4]), staff));
		int number = clock.during(day.plusDays(2), () -> gatherings.contribute(plan, gathering,
				new Proposals.NewProposal(title, body, category, commune, "", null), staff));
		clock.during(LocalDate.of(2022, 2, 28), () -> proposals.answer(plan, number, answer, reasons, staff));
	}

}
