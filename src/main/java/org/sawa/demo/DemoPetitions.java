package org.sawa.demo;

import java.util.List;
import org.sawa.account.Accounts;
import org.sawa.petition.Petitions;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Component;

/**
 * Demo petitions in Béni Mellal-Khénifra, signed through the same service as the site: one to a
 * commune council and one to the regional council, both collecting, signed by demo residents of
 * varied sex and age (signerNN@sawa.demo, password sawa-demo-2026).
 */
@Component
class DemoPetitions {

	private final Accounts accounts;
	private final Petitions petitions;
	private final Territories territories;

	DemoPetitions(Accounts accounts, Petitions petitions, Territories territories) {
		this.accounts = accounts;
		this.petitions = petitions;
		this.territories = territories;
	}

	void load(String password) {
		Territory commune = territory("MA-BEM-07");
		long citizen = accounts.idByEmail("citizen@sawa.demo").orElseThrow();
		String local = petitions.draft(new Petitions.Draft(commune.id(),
				"إنارة عمومية وممرات آمنة نحو الثانوية",
				"تقطع التلميذات والتلاميذ كل صباح ومساء طريقاً غير مضاءة ولا رصيف فيها للوصول إلى الثانوية. "
						+ "تخشى أسر كثيرة على بناتها فتمنعهن من متابعة الدراسة بعد الإعدادي.",
				"إدراج إنارة الطريق المؤدية إلى الثانوية وتهيئة ممر آمن للراجلين في جدول أعمال الدورة العادية المقبلة.",
				"ar", "citizens", null), citizen);
		long localId = petitions.byReference(local).orElseThrow().id();
		petitions.open(localId, citizen);

		Territory region = territory("MA-05");
		long association = accounts.idByEmail("association@sawa.demo").orElseThrow();
		accounts.declareProfile(association, "female", 1979, false, territory("MA-BEM-01").id());
		String regional = petitions.draft(new Petitions.Draft(region.id(),
				"Transport scolaire pour les filles des communes rurales",
				"Dans les communes rurales de la région, beaucoup de filles quittent l’école après le primaire faute de "
						+ "transport scolaire sûr vers les collèges et lycées. Les associations de la région demandent "
						+ "un programme régional de transport scolaire rural.",
				"Inscrire à l’ordre du jour de la prochaine session ordinaire un programme régional de transport scolaire "
						+ "rural ciblant les filles.",
				"fr", "citizens", null), association);
		long regionalId = petitions.byReference(regional).orElseThrow().id();
		petitions.open(regionalId, association);

		String[] sexes = { "female", "female", "male", "female", "male", null };
		int[] births = { 1961, 1974, 1983, 1990, 1998, 2003, 2006 };
		List<Territory> regionCommunes = territories.within(region.id(), Level.COMMUNE);
		for (int i = 1; i <= 46; i++) {
			boolean inCommune = i <= 26;
			Territory home = inCommune ? commune : regionCommunes.get((i * 7) % regionCommunes.size());
			long id = accounts.createConfirmed("signer%02d@sawa.demo".formatted(i), password, "Signataire " + i,
					i % 3 == 0 ? "fr" : "ar");
			accounts.declareProfile(id, sexes[i % sexes.length], births[i % births.length], i % 11 == 0 ? Boolean.TRUE : null,
					home.id());
			petitions.sign(inCommune ? localId : regionalId, id, "BM%06d".formatted(100000 + i * 37), "residence", null);
		}
	}

	private Territory territory(String code) {
		return territories.byCode(code).orElseThrow(() -> new IllegalStateException("demo territory missing: " + code));
	}
}
