package org.sawa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The differencing attack on made-up territories full of small counts, under many keys: a
 * region of 6 provinces of 12 communes, one count by sex (3 options) and age band (8),
 * every cell and margin published, every relation given to the attacker.
 */
class AttackSimulationTest {

	static final List<String> SEXES = List.of("female", "male", "not_stated");

	static final List<String> BANDS = List.of("15-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+",
			"not_stated");

	@Test
	void small_counts_stay_unknown_under_every_key() {
		long recovered = 0;
		long protectedCells = 0;
		for (int run = 0; run < 12; run++) {
			Attacker attacker = attack(new PublishedCounts("simulation-key-number-" + run + "-of-many-runs"), run);
			recovered += attacker.recovered(Attacker::perturbed).size();
			protectedCells += attacker.protectedCells();
			assertThat(attacker.recovered(Attacker::suppressedOnly)).isNotEmpty();
		}
		assertThat(protectedCells).isGreaterThan(10_000);
		assertThat(recovered).isZero();
	}

	private static Attacker attack(PublishedCounts published, int seed) {
		Random random = new Random(seed);
		Attacker attacker = new Attacker();
		List<String> communes = new ArrayList<>();
		List<List<String>> provinces = new ArrayList<>();
		long[][][] counts = new long[72][SEXES.size()][BANDS.size()];
		for (int p = 0; p < 6; p++) {
			List<String> of = new ArrayList<>();
			for (int c = 0; c < 12; c++) {
				String code = "P" + p + "-C" + c;
				of.add(code);
				communes.add(code);
				for (int s = 0; s < SEXES.size(); s++) {
					for (int b = 0; b < BANDS.size(); b++) {
						// mostly small: 0 to 6, a few larger
						counts[p * 12 + c][s][b] = random.nextInt(10) < 8 ? random.nextInt(7) : random.nextInt(40);
					}
				}
			}
			provinces.add(of);
		}
		List<String> places = new ArrayList<>(communes);
		for (int p = 0; p < 6; p++) {
			places.add("P" + p);
		}
		places.add("R");
		for (String place : places) {
			long[][] table = new long[SEXES.size()][BANDS.size()];
			for (int i = 0; i < communes.size(); i++) {
				String commune = communes.get(i);
				if (place.equals("R") || commune.equals(place) || commune.startsWith(place + "-")) {
					for (int s = 0; s < SEXES.size(); s++) {
						for (int b = 0; b < BANDS.size(); b++) {
							table[s][b] += counts[i][s][b];
						}
					}
				}
			}
			Cell all = Cell.of("indicator/SIM", place, "2026");
			for (int s = 0; s <= SEXES.size(); s++) {
				for (int b = 0; b <= BANDS.size(); b++) {
					long exact = 0;
					for (int ss = 0; ss < SEXES.size(); ss++) {
						for (int bb = 0; bb < BANDS.size(); bb++) {
							exact += (s == SEXES.size() || s == ss) && (b == BANDS.size() || b == bb) ? table[ss][bb]
									: 0;
						}
					}
					Cell cell = all.with("sex", s == SEXES.size() ? "" : SEXES.get(s))
						.with("age_band", b == BANDS.size() ? "" : BANDS.get(b));
					attacker.saw(name(place, s, b), exact, published.shown(cell, exact));
				}
			}
		}
		for (String place : places) {
			for (int s = 0; s <= SEXES.size(); s++) {
				List<String> row = new ArrayList<>();
				for (int b = 0; b < BANDS.size(); b++) {
					row.add(name(place, s, b));
				}
				attacker.relate(name(place, s, BANDS.size()), row);
			}
			for (int b = 0; b <= BANDS.size(); b++) {
				List<String> column = new ArrayList<>();
				for (int s = 0; s < SEXES.size(); s++) {
					column.add(name(place, s, b));
				}
				attacker.relate(name(place, SEXES.size(), b), column);
			}
		}
		for (int s = 0; s <= SEXES.size(); s++) {
			for (int b = 0; b <= BANDS.size(); b++) {
				List<String> ofRegion = new ArrayList<>();
				for (int p = 0; p < 6; p++) {
					ofRegion.add(name("P" + p, s, b));
					List<String> ofProvince = new ArrayList<>();
					for (String commune : provinces.get(p)) {
						ofProvince.add(name(commune, s, b));
					}
					attacker.relate(name("P" + p, s, b), ofProvince);
				}
				attacker.relate(name("R", s, b), ofRegion);
			}
		}
		return attacker;
	}

	private static String name(String place, int sex, int band) {
		return place + "|" + sex + "|" + band;
	}

}
