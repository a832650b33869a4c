package org.sawa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sawa.indicator.Extracts;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.Indicators;
import org.sawa.lens.ParticipationFacts;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 16, item 1: plays the attacker on the demo. It asks the open data API for every
 * counted indicator at every territory, every year, every breakdown by up to two axes
 * (dimensions and the territories one level down) and, for the region and provinces,
 * every single-axis breakdown narrowed to each option of another dimension; and it reads
 * the "who takes part" page of every territory. From every additive relation that holds
 * between what it saw, it narrows each cell and must pin down none of the counts from 1
 * to 4. The same attacker, given exact figures with only the small counts hidden, does
 * pin some down: the attack is not toothless.
 */
@SawaTest
class DifferencingAttackTest {

	@LocalServerPort
	int port;

	@Autowired
	Indicators indicators;

	@Autowired
	Territories territories;

	@Autowired
	Extracts extracts;

	@Autowired
	ParticipationFacts facts;

	@Autowired
	Clock clock;

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	/** The options of each dimension, in the lens's order. */
	private static final Map<String, List<String>> LENS = new LinkedHashMap<>();
	static {
		LENS.put("sex", List.of("female", "male", "not_stated"));
		LENS.put("age_band", List.of("15-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "not_stated"));
		LENS.put("area", List.of("urban", "rural", "not_stated"));
		LENS.put("disability", List.of("yes", "no", "not_stated"));
	}

	@Test
	void no_count_from_one_to_four_can_be_worked_out_from_every_public_answer_together() throws Exception {
		Attacker attacker = new Attacker();
		List<Territory> all = everyTerritory();
		int indicators = readIndicators(attacker, all);
		int participation = readParticipation(attacker, all);
		assertThat(participation).as("each channel's own page read, dimension by dimension").isGreaterThan(100);
		int answers = indicators + participation;
		relateIndicators(attacker, all);
		relateParticipation(attacker, all);

		assertThat(attacker.inconsistent()).as("one cell, one figure in every answer").isEmpty();
		assertThat(answers).isGreaterThan(500);
		assertThat(attacker.protectedCells()).as("the demo has small counts to protect").isGreaterThan(100);
		assertThat(attacker.relations()).isGreaterThan(1000);
		assertThat(attacker.recovered(Attacker::perturbed)).as("counts of 1 to 4 worked out").isEmpty();
		assertThat(attacker.recovered(Attacker::suppressedOnly)).as("the same attack on hidden small counts alone")
			.isNotEmpty();
	}

	private List<Territory> everyTerritory() {
		List<Territory> all = new ArrayList<>();
		List<Territory> next = new ArrayList<>(
				List.of(territories.byCode("MA-05").orElseThrow(), territories.byCode("MA-11").orElseThrow()));
		while (!next.isEmpty()) {
			Territory t = next.remove(0);
			all.add(t);
			next.addAll(territories.children(t.id()));
		}
		return all;
	}

	private static String key(String indicator, String territory, int year, Map<String, String> options) {
		Map<String, String> sorted = new TreeMap<>();
		options.forEach((d, o) -> {
			if (!o.isEmpty()) {
				sorted.put(d, o);
			}
		});
		return indicator + "|" + territory + "|" + year + "|" + sorted;
	}

	/** One question to the API: an indicator at a territory, broken down and narrowed. */
	private record Question(Indicator indicator, Territory territory, List<String> by, Map<String, String> filters) {
	}

	/** The API's answer to a question, and the exact extract of the same selection. */
	private record Answer(Question question, JsonNode json, Extracts.Extract exact) {
	}

	/**
	 * Every counted indicator through the API, with the exact figures beside it: first
	 * each territory's totals, then, where there are any, every breakdown. The questions
	 * of each round are asked three at a time (the server's answers are independent); the
	 * attacker takes the answers in the order they were asked.
	 */
	private int readIndicators(Attacker attacker, List<Territory> all) throws Exception {
		Map<String, Set<String>> options = indicators.options();
		List<Question> totals = new ArrayList<>();
		for (Indicator indicator : indicators.all()) {
			if (indicator.isCount()) {
				all.forEach(territory -> totals.add(new Question(indicator, territory, List.of(), Map.of())));
			}
		}
		List<Question> breakdowns = new ArrayList<>();
		for (Answer total : ask(totals)) {
			if (see(attacker, total) == 0) {
				continue;
			}
			Indicator indicator = total.question().indicator();
			Territory territory = total.question().territory();
			List<String> dimensions = indicator.dimensions();
			boolean hasChildren = !territories.children(territory.id()).isEmpty();
			List<String> axes = new ArrayList<>(dimensions);
			if (hasChildren) {
				axes.add(Extracts.TERRITORY);
			}
			List<List<String>> selections = new ArrayList<>();
			selections.add(List.of());
			for (int i = 0; i < axes.size(); i++) {
				selections.add(List.of(axes.get(i)));
				for (int j = i + 1; j < axes.size(); j++) {
					selections.add(List.of(axes.get(i), axes.get(j)));
				}
			}
			for (List<String> by : selections) {
				breakdowns.add(new Question(indicator, territory, by, Map.of()));
				if (hasChildren && by.size() == 1) {
					for (String fixed : dimensions) {
						if (!by.contains(fixed)) {
							for (String option : options.get(fixed)) {
								breakdowns.add(new Question(indicator, territory, by, Map.of(fixed, option)));
							}
						}
					}
				}
			}
		}
		int answers = 0;
		for (Answer answer : ask(breakdowns)) {
			answers += see(attacker, answer) > 0 ? 1 : 0;
		}
		return answers;
	}

	/** The answers to the questions, in their order, asked three at a time. */
	private List<Answer> ask(List<Question> questions) throws Exception {
		java.util.concurrent.ExecutorService askers = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			List<java.util.concurrent.Future<Answer>> pending = new ArrayList<>();
			for (Question question : questions) {
				pending.add(askers.submit(() -> ask(question)));
			}
			List<Answer> answers = new ArrayList<>();
			for (java.util.concurrent.Future<Answer> answer : pending) {
				try {
					answers.add(answer.get());
				}
				catch (java.util.concurrent.ExecutionException failed) {
					if (failed.getCause() instanceof Error error) {
						throw error;
					}
					throw (Exception) failed.getCause();
				}
			}
			return answers;
		}
		finally {
			askers.shutdownNow();
		}
	}

	/** One API answer, as anyone gets it; the exact extract of the same selection. */
	private Answer ask(Question question) throws Exception {
		StringBuilder query = new StringBuilder("/api/v1/indicators/").append(question.indicator().code())
			.append("/data?territory=")
			.append(question.territory().code());
		if (!question.by().isEmpty()) {
			query.append("&by=").append(String.join(",", question.by()));
		}
		question.filters()
			.forEach((d,
					o) -> query.append('&').append(d).append('=').append(URLEncoder.encode(o, StandardCharsets.UTF_8)));
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + query)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(query.toString()).isEqualTo(200);
		JsonNode answer = json.readTree(response.body());
		assertThat(answer.get("exact").asBoolean()).isFalse();
		List<Integer> years = new ArrayList<>();
		answer.get("years").forEach(y -> years.add(y.asInt()));
		return new Answer(question, answer, extracts.extract(question.indicator(), question.territory(), years,
				question.by(), question.filters(), true));
	}

	/** What the attacker sees in an answer, each cell beside its exact count. */
	private int see(Attacker attacker, Answer answer) {
		int rows = 0;
		for (JsonNode row : answer.json().get("rows")) {
			Map<String, String> options = new HashMap<>(answer.question().filters());
			row.get("options").properties().forEach(e -> options.put(e.getKey(), e.getValue().asText()));
			Map<String, String> byOnly = new HashMap<>();
			row.get("options").properties().forEach(e -> byOnly.put(e.getKey(), e.getValue().asText()));
			int year = row.get("year").asInt();
			Extracts.Row truth = answer.exact().row(year, row.get("territory").asText(), byOnly);
			JsonNode value = row.get("value");
			attacker.saw(key(answer.question().indicator().code(), row.get("territory").asText(), year, options),
					truth.value() == null ? 0 : truth.value().longValue(), value.isNull() ? null : value.asLong());
			rows++;
		}
		return rows;
	}

	/**
	 * A total is the sum of each dimension's options; a territory's, of its children's.
	 */
	private void relateIndicators(Attacker attacker, List<Territory> all) {
		Map<String, Set<String>> options = indicators.options();
		for (String cell : new ArrayList<>(attacker.seen().keySet())) {
			if (cell.startsWith("lens|")) {
				continue;
			}
			String[] parts = cell.split("\\|", 4);
			Indicator indicator = indicators.byCode(parts[0]).orElseThrow();
			int year = Integer.parseInt(parts[2]);
			Map<String, String> fixed = parse(parts[3]);
			for (String dimension : indicator.dimensions()) {
				if (!fixed.containsKey(dimension)) {
					List<String> of = new ArrayList<>();
					for (String option : options.get(dimension)) {
						Map<String, String> narrowed = new HashMap<>(fixed);
						narrowed.put(dimension, option);
						of.add(key(parts[0], parts[1], year, narrowed));
					}
					attacker.relate(cell, of);
				}
			}
			Territory territory = all.stream().filter(t -> t.code().equals(parts[1])).findFirst().orElseThrow();
			attacker.relate(cell,
					territories.children(territory.id())
						.stream()
						.map(child -> key(parts[0], child.code(), year, fixed))
						.toList());
		}
	}

	private static Map<String, String> parse(String options) {
		Map<String, String> parsed = new HashMap<>();
		String inner = options.substring(1, options.length() - 1);
		if (!inner.isEmpty()) {
			for (String pair : inner.split(", ")) {
				String[] kv = pair.split("=", 2);
				parsed.put(kv[0], kv[1]);
			}
		}
		return parsed;
	}

	private static final Pattern SECTION = Pattern
		.compile("<section[^>]*aria-labelledby=\"channel-([^\"]+)\"(.*?)</section>", Pattern.DOTALL);

	private static final Pattern TABLE = Pattern.compile("<table>(.*?)</table>", Pattern.DOTALL);

	/** A channel's row in the overview: its id, its page and its total. */
	private static final Pattern CHANNEL_ROW = Pattern.compile(
			"<tr id=\"channel-([^\"]+)\">\\s*<th scope=\"row\"><a href=\"([^\"]+)\"[^>]*>[^<]*</a></th>\\s*<td class=\"num\">([^<]*)</td>");

	private static final Pattern FIGURE = Pattern
		.compile("<tr>\\s*<th scope=\"row\">[^<]*</th>\\s*<td class=\"num\">([^<]*)</td>");

	/**
	 * Every territory's "who takes part" page, in English, with the exact counts beside.
	 */
	private int readParticipation(Attacker attacker, List<Territory> all) throws Exception {
		int answers = 0;
		// "to date" is every act through the end of this month, as the page reads it
		LocalDate today = LocalDate.now(clock);
		LocalDate toDate = today.withDayOfMonth(today.lengthOfMonth());
		for (Territory territory : all) {
			HttpResponse<String> page = http.send(HttpRequest
				.newBuilder(
						URI.create("http://localhost:" + port + "/territories/" + territory.code() + "/who-takes-part"))
				.header("Accept-Language", "en")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			List<Long> subtree = territories.subtree(territory.id());
			Map<String, Map<String, Long>> exact = new HashMap<>();
			for (String dimension : LENS.keySet()) {
				for (ParticipationFacts.Count count : facts.byDimension(dimension, subtree, LocalDate.of(2000, 1, 1),
						toDate)) {
					exact.computeIfAbsent(count.channel() + "|" + dimension, k -> new HashMap<>())
						.merge(count.option(), count.count(), Long::sum);
				}
			}
			// the overview names each channel with its total; its figures are its own
			// page
			Matcher row = CHANNEL_ROW.matcher(page.body());
			StringBuilder channels = new StringBuilder();
			while (row.find()) {
				String total = row.group(3).replace(",", "").trim();
				long exactTotal = exactFor(exact, row.group(1), LENS.keySet().iterator().next()).values()
					.stream()
					.mapToLong(Long::longValue)
					.sum();
				attacker.saw(lens(row.group(1), territory.code(), "", ""), exactTotal,
						"&lt;5".equals(total) || "<5".equals(total) ? null : Long.valueOf(total));
				HttpResponse<String> channelPage = http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + row.group(2)))
						.header("Accept-Language", "en")
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(channelPage.statusCode()).isEqualTo(200);
				channels.append(channelPage.body());
			}
			Matcher section = SECTION.matcher(channels);
			while (section.find()) {
				String channel = section.group(1);
				Matcher table = TABLE.matcher(section.group(2));
				for (String dimension : LENS.keySet()) {
					assertThat(table.find()).isTrue();
					Matcher figure = FIGURE.matcher(table.group(1));
					List<Long> figures = new ArrayList<>();
					while (figure.find()) {
						String text = figure.group(1).replace(",", "").trim();
						figures.add("&lt;5".equals(text) || "<5".equals(text) ? null : Long.valueOf(text));
					}
					List<String> options = LENS.get(dimension);
					assertThat(figures).hasSize(options.size() + 1);
					Map<String, Long> counts = exactFor(exact, channel, dimension);
					long total = 0;
					for (int i = 0; i < options.size(); i++) {
						long count = counts.getOrDefault(options.get(i), 0L);
						total += count;
						attacker.saw(lens(channel, territory.code(), dimension, options.get(i)), count, figures.get(i));
					}
					attacker.saw(lens(channel, territory.code(), "", ""), total, figures.get(options.size()));
					answers++;
				}
			}
		}
		return answers;
	}

	/** The exact counts of a channel whose id on the page has its dots as dashes. */
	private static Map<String, Long> exactFor(Map<String, Map<String, Long>> exact, String channelId,
			String dimension) {
		return exact.entrySet()
			.stream()
			.filter(e -> e.getKey().replace('.', '-').equals(channelId + "|" + dimension))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(Map.of());
	}

	private static String lens(String channel, String territory, String dimension, String option) {
		return "lens|" + channel + "|" + territory + "|" + (dimension.isEmpty() ? "" : dimension + "=" + option);
	}

	private void relateParticipation(Attacker attacker, List<Territory> all) {
		for (String cell : new ArrayList<>(attacker.seen().keySet())) {
			if (!cell.startsWith("lens|")) {
				continue;
			}
			String[] parts = cell.split("\\|", 4);
			if (parts[3].isEmpty()) {
				for (Map.Entry<String, List<String>> dimension : LENS.entrySet()) {
					attacker.relate(cell,
							dimension.getValue()
								.stream()
								.map(o -> lens(parts[1], parts[2], dimension.getKey(), o))
								.toList());
				}
			}
			Territory territory = all.stream().filter(t -> t.code().equals(parts[2])).findFirst().orElseThrow();
			String[] option = parts[3].isEmpty() ? new String[] { "", "" } : parts[3].split("=", 2);
			attacker.relate(cell,
					territories.children(territory.id())
						.stream()
						.map(child -> lens(parts[1], child.code(), option[0], option[1]))
						.toList());
		}
	}

}
