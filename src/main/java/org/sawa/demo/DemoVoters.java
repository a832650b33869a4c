package org.sawa.demo;

import java.util.Random;
import org.sawa.territory.Territory;

/**
 * Who votes on paper in the demo, drawn as in life: more men than women, fewer young
 * people, few stating a disability, the area of the commune; and where they vote.
 */
final class DemoVoters {

	private static final String[] AGES = { "15-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+" };

	/** The cumulative shares of the age bands above. */
	private static final double[] AGE_SHARES = { 0.02, 0.12, 0.31, 0.56, 0.78, 0.92, 1.0 };

	private DemoVoters() {
	}

	/** Sex, age band, disability and area of one voter. */
	static String[] draw(Random random, Territory commune) {
		String sex = random.nextDouble() < 0.58 ? "male" : "female";
		double a = random.nextDouble();
		int band = 0;
		while (a > AGE_SHARES[band]) {
			band++;
		}
		double d = random.nextDouble();
		String disability = d < 0.03 ? "yes" : d < 0.85 ? "no" : "";
		String area = commune.area().map(x -> x.code()).orElse("");
		return new String[] { sex, AGES[band], disability, area };
	}

	/** The polling point of a commune: its town hall. */
	static String pollingPoint(Territory commune) {
		return "Commune " + commune.name(java.util.Locale.FRENCH);
	}

}
