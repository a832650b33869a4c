package org.sawa.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sawa.SawaApplication;
import org.sawa.imports.ImportReport;
import org.sawa.indicator.DataValueImporter;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.IndicatorFigures;
import org.sawa.indicator.Indicators;
import org.sawa.indicator.internal.Rollups;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inclusion benchmark (run by {@code bench/indicator-queries.sh}, not by the tests):
 * loads about 10 million data values (an indicator family over every demo commune, 60
 * months, full disaggregation by sex x age band x disability x area), rolls them up, then
 * times the dashboard's question (one indicator, a region, by sex x age band, one year)
 * read from the rollup, beside the same question answered by a plain GROUP BY over the
 * raw values. Then it imports a 1-million-row CSV through the officers' importer, twice
 * (the second is a no-op).
 */
public final class IndicatorQueryBench {

	private static final String[] SEXES = { "female", "male", "not_stated" };

	private static final String[] BANDS = { "0-14", "15-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+",
			"not_stated" };

	private static final String[] YES_NO = { "yes", "no", "not_stated" };

	private static final String[] AREAS = { "urban", "rural", "not_stated" };

	public static void main(String[] args) throws Exception {
		int family = args.length > 0 ? Integer.parseInt(args[0]) : 11;
		int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		Path dir = Files.createTempDirectory("sawa-bench-db");
		SpringApplication app = new SpringApplication(SawaApplication.class);
		app.setAdditionalProfiles("demo");
		try (ConfigurableApplicationContext context = app.run("--sawa.embedded-db.directory=" + dir,
				"--sawa.embedded-db.clean=true", "--server.port=0", "--management.server.port=0",
				"--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
			run(context, family, queries);
		}
	}

	private static void run(ConfigurableApplicationContext context, int family, int queries) throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Indicators indicators = context.getBean(Indicators.class);
		IndicatorFigures figures = context.getBean(IndicatorFigures.class);
		Territories territories = context.getBean(Territories.class);
		Rollups rollups = context.getBean(Rollups.class);
		TransactionTemplate tx = context.getBean(TransactionTemplate.class);
		List<Territory> communes = territories.atLevel(Level.COMMUNE);
		List<Territory> regions = territories.atLevel(Level.REGION);
		System.out.printf("machine: %d cores, max heap %d MiB; %d communes, %d regions%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, communes.size(),
				regions.size());

		List<String> codes = new ArrayList<>();
		for (int i = 1; i <= family; i++) {
			String code = "BENCH.SERVED_%02d".formatted(i);
			codes.add(code);
			indicators.define(new Indicator(code, Map.of("ar", code, "fr", code, "en", code, "zgh", code), Map.of(),
					"count", "sum", null, null, "higher", null, "bench", "",
					List.of("sex", "age_band", "disability", "area")), "bench");
		}
		long start = System.nanoTime();
		// a bulk load: the key and checks are rebuilt once at the end rather than run row
		// by row
		jdbc.sql("ALTER TABLE data_value DROP CONSTRAINT data_value_pkey").update();
		jdbc.sql("ALTER TABLE data_value DROP CONSTRAINT data_value_indicator_code_fkey").update();
		jdbc.sql("ALTER TABLE data_value DROP CONSTRAINT data_value_period_check").update();
		List<Long> communeIds = communes.stream().map(Territory::id).toList();
		for (String code : codes) {
			// every commune x 60 months (2021-2025) x 3 x 9 x 3 x 3 options, generated in
			// the database
			jdbc.sql(
					"""
							INSERT INTO data_value (indicator_code, territory_id, period, sex, age_band, disability, area, value,
							  entered_by)
							SELECT :code, t, to_char(make_date(y, m, 1), 'YYYYMM'), s, b, d, a, (random() * 20)::int, 'bench'
							FROM unnest(CAST(:ids AS bigint[])) AS t, generate_series(2021, 2025) AS y, generate_series(1, 12) AS m,
							  unnest(CAST(:sexes AS text[])) AS s, unnest(CAST(:bands AS text[])) AS b,
							  unnest(CAST(:yesno AS text[])) AS d, unnest(CAST(:areas AS text[])) AS a""")
				.param("code", code)
				.param("ids", "{" + String.join(",", communeIds.stream().map(String::valueOf).toList()) + "}")
				.param("sexes", "{" + String.join(",", SEXES) + "}")
				.param("bands", "{" + String.join(",", quoted(BANDS)) + "}")
				.param("yesno", "{" + String.join(",", YES_NO) + "}")
				.param("areas", "{" + String.join(",", AREAS) + "}")
				.update();
		}
		jdbc.sql(
				"ALTER TABLE data_value ADD PRIMARY KEY (indicator_code, territory_id, period, sex, age_band, disability, "
						+ "area, other)")
			.update();
		jdbc.sql("ALTER TABLE data_value ADD CONSTRAINT data_value_indicator_code_fkey FOREIGN KEY (indicator_code) "
				+ "REFERENCES indicator (code)")
			.update();
		jdbc.sql("ALTER TABLE data_value ADD CONSTRAINT data_value_period_check "
				+ "CHECK (period ~ '^[0-9]{4}(Q[1-4]|(0[1-9]|1[0-2]))?$')")
			.update();
		jdbc.sql("ANALYZE data_value").update();
		long values = jdbc.sql("SELECT count(*) FROM data_value").query(Long.class).single();
		System.out.printf("loaded %,d data values in %.1f s%n", values, seconds(start));

		start = System.nanoTime();
		for (String code : codes) {
			tx.executeWithoutResult(status -> rollups.refresh(code, List.of(2021, 2022, 2023, 2024, 2025)));
		}
		jdbc.sql("ANALYZE data_value_rollup").update();
		long rolled = jdbc.sql("SELECT count(*) FROM data_value_rollup WHERE indicator_code LIKE 'BENCH.%'")
			.query(Long.class)
			.single();
		System.out.printf("rolled up %d indicator-years into %,d rows in %.1f s (%.2f s per indicator-year)%n",
				codes.size() * 5, rolled, seconds(start), seconds(start) / (codes.size() * 5));

		Random random = new Random(2026);
		List<Double> rollup = new ArrayList<>();
		List<Double> raw = new ArrayList<>();
		for (int round = 0; round < queries + 20; round++) {
			Indicator indicator = indicators.byCode(codes.get(random.nextInt(codes.size()))).orElseThrow();
			Territory region = regions.get(random.nextInt(regions.size()));
			int year = 2021 + random.nextInt(5);
			long t0 = System.nanoTime();
			var fromRollup = figures.values(indicator, List.of(region.id()), List.of(year), List.of("sex", "age_band"),
					Map.of());
			double a = (System.nanoTime() - t0) / 1e6;
			List<Long> subtree = territories.within(region.id(), Level.COMMUNE).stream().map(Territory::id).toList();
			long t1 = System.nanoTime();
			List<Map<String, Object>> fromRaw = jdbc.sql("""
					SELECT sex, age_band, sum(value) AS value FROM data_value
					WHERE indicator_code = :i AND territory_id IN (:t) AND period >= :from AND period < :to
					GROUP BY sex, age_band""")
				.param("i", indicator.code())
				.param("t", subtree)
				.param("from", String.valueOf(year))
				.param("to", String.valueOf(year + 1))
				.query()
				.listOfRows();
			double b = (System.nanoTime() - t1) / 1e6;
			if (fromRollup.size() != fromRaw.size()) {
				throw new IllegalStateException(
						"rollup and raw disagree: " + fromRollup.size() + " vs " + fromRaw.size());
			}
			if (round >= 20) {
				rollup.add(a);
				raw.add(b);
			}
		}
		System.out.printf("dashboard query (region, by sex x age band, one year) over %d queries:%n", queries);
		System.out.printf("  from the rollup:     p50 %6.2f ms  p99 %6.2f ms%n", percentile(rollup, 50),
				percentile(rollup, 99));
		System.out.printf("  plain GROUP BY raw:  p50 %6.2f ms  p99 %6.2f ms%n", percentile(raw, 50),
				percentile(raw, 99));

		// the importer: a 1-million-row CSV in long format, then the same file again
		Path csv = Files.createTempFile("sawa-bench-import", ".csv");
		int rows = 0;
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("indicator,territory_code,period,sex,age_band,disability,area,value\n");
			outer: for (int y = 2021; y <= 2026; y++) {
				for (int m = 1; m <= 12; m++) {
					for (Territory commune : communes) {
						for (String s : SEXES) {
							for (String b : BANDS) {
								for (String d : YES_NO) {
									for (String a : AREAS) {
										out.write("BENCH.SERVED_01,%s,%d%02d,%s,%s,%s,%s,%d\n".formatted(commune.code(),
												y, m, s, b, d, a, (rows * 7) % 23));
										if (++rows == 1_000_000) {
											break outer;
										}
									}
								}
							}
						}
					}
				}
			}
		}
		DataValueImporter importer = context.getBean(DataValueImporter.class);
		for (String pass : List.of("first import", "same file again")) {
			start = System.nanoTime();
			ImportReport report;
			try (InputStream input = Files.newInputStream(csv)) {
				report = importer.importCsv(input, "bench");
			}
			double took = seconds(start);
			System.out.printf("%s: %,d rows in %.1f s = %,.0f rows/s; applied %s, %s%n", pass, rows, took, rows / took,
					report.applied(), report);
		}
		Files.deleteIfExists(csv);
	}

	private static List<String> quoted(String[] values) {
		return java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").toList();
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static double percentile(List<Double> values, int p) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
