package org.sawa.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a version of an annual report shows, as copied from the modules when it was
 * generated and kept as JSON: figures and names, never message texts (labels come from
 * the bundles in the reader's language). Counts of people are already protected: a null
 * count is hidden (fewer than five, or revealing one that is).
 */
public record ReportContent(String territoryCode, Map<String, String> territoryNames, String level, int year,
		Instant generatedAt, List<IndicatorLine> indicators, double parityThreshold, List<ChannelLine> participation,
		List<ProgrammeLine> programmes, Council council, Petitions petitions, List<BodyLine> information,
		List<PlanLine> commitments, Projects projects, Map<String, String> recommendations) {

	/** A name in the reader's language, else French, else Arabic. */
	static String name(Map<String, String> names, Locale locale) {
		String name = names.get(locale.getLanguage());
		if (name == null || name.isBlank()) {
			name = names.getOrDefault("fr", names.getOrDefault("ar", ""));
		}
		return name;
	}

	public String territoryName(Locale locale) {
		return name(territoryNames, locale);
	}

	/**
	 * The recommendations in the reader's language, else in the report's other language.
	 */
	public String recommendations(Locale locale) {
		return name(recommendations, locale);
	}

	/**
	 * One indicator at the year: women and men against each other, the parity index
	 * flagged below the threshold.
	 */
	public record IndicatorLine(String code, Map<String, String> names, String unit, int year, BigDecimal total,
			BigDecimal women, BigDecimal men, Double parityIndex, boolean disparity, BigDecimal target) {

		public String name(Locale locale) {
			return ReportContent.name(names, locale);
		}

		/** Bar lengths (0-100) of women and men against the larger of the two. */
		public int womenBar() {
			return bar(women);
		}

		public int menBar() {
			return bar(men);
		}

		private int bar(BigDecimal value) {
			BigDecimal max = women == null ? men : men == null ? women : women.max(men);
			if (value == null || max == null || max.signum() <= 0) {
				return 0;
			}
			return value.multiply(BigDecimal.valueOf(100)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
		}
	}

	/**
	 * A channel of participation in the year: participants by each dimension's groups.
	 */
	public record ChannelLine(String channel, Long total, List<Group> groups) {

		public List<Group> of(String dimension) {
			return groups.stream().filter(g -> g.dimension().equals(dimension)).toList();
		}

		public Group group(String dimension, String option) {
			return groups.stream()
				.filter(g -> g.dimension().equals(dimension) && g.option().equals(option))
				.findFirst()
				.orElse(null);
		}
	}

	/**
	 * A group's participants (null: hidden), its share among those who stated it and the
	 * population's share.
	 */
	public record Group(String dimension, String option, Long participants, Double share, Double populationShare,
			boolean underRepresented) {

		public int bar() {
			return share == null ? 0 : (int) Math.round(share * 100);
		}
	}

	/** A programme running in the year, with its impact figures since it began. */
	public record ProgrammeLine(String code, Map<String, String> names, LocalDate startsOn, LocalDate endsOn,
			List<Figure> figures) {

		public String name(Locale locale) {
			return ReportContent.name(names, locale);
		}
	}

	public record Figure(String measure, long value) {
	}

	/**
	 * Women's representation on the last day of the year and who spoke in the year's
	 * sessions.
	 */
	public record Council(List<Share> byLevel, List<Share> byPost, List<CouncilLine> councils, long sessions,
			long byWomen, long byMen, List<Quarter> quarters) {

		public Double womenSpeakingShare() {
			return byWomen + byMen == 0 ? null : (double) byWomen / (byWomen + byMen);
		}
	}

	/** Women among holders against the quota (null: none in law). */
	public record Share(String key, long holders, long women, Double quota) {

		public Double share() {
			return holders == 0 ? null : (double) women / holders;
		}

		public Boolean meetsQuota() {
			return quota == null || holders == 0 ? null : share() + 1e-9 >= quota;
		}

		public int bar() {
			return share() == null ? 0 : (int) Math.round(share() * 100);
		}
	}

	public record CouncilLine(Map<String, String> names, String level, long members, long women, Double quota) {

		public String name(Locale locale) {
			return ReportContent.name(names, locale);
		}

		public Double share() {
			return members == 0 ? null : (double) women / members;
		}

		public Boolean meetsQuota() {
			return quota == null || members == 0 ? null : share() + 1e-9 >= quota;
		}
	}

	public record Quarter(String quarter, long sessions, long byWomen, long byMen) {

		public Double womenShare() {
			return byWomen + byMen == 0 ? null : (double) byWomen / (byWomen + byMen);
		}
	}

	/**
	 * Petitions' steps in the year and the year's signatures; signatories by sex
	 * protected.
	 */
	public record Petitions(long opened, long deposited, long admissible, long inadmissible, long deliberated,
			long answered, Long signatures, Long online, Long paper, Long women, Long men, Long notStated) {

		/**
		 * Whether anything happened: a hidden number of signatures is a few, not none.
		 */
		public boolean any() {
			return opened + deposited + admissible + inadmissible + deliberated + answered > 0 || signatures == null
					|| signatures > 0;
		}
	}

	/** A body's requests received in the year. */
	public record BodyLine(String code, Map<String, String> names, long received, long answered, long answeredInTime,
			Double medianDays, long overdue, long refused) {

		public String name(Locale locale) {
			return ReportContent.name(names, locale);
		}

		public Double inTimeShare() {
			return answered == 0 ? null : (double) answeredInTime / answered;
		}
	}

	/** An action plan of the territory with each commitment's progress. */
	public record PlanLine(String code, String title, LocalDate startsOn, LocalDate endsOn, String status,
			List<CommitmentLine> commitments) {
	}

	public record CommitmentLine(String code, String title, String policyArea, int milestones, int finished,
			int inProgress, int stuck, int notStarted, int incomplete, int overdue, String derivedCompletion,
			String completion, String openedGovernment) {

		public int finishedBar() {
			return milestones == 0 ? 0 : finished * 100 / milestones;
		}
	}

	/**
	 * The investment and employment projects running in the year (null in a report made
	 * before the registry existed): money planned and spent in the year, jobs created in
	 * it (people: protected, null for fewer than five), the largest projects.
	 */
	public record Projects(int running, BigDecimal plannedInYear, BigDecimal spentInYear, Long jobs, Long women,
			Long men, Long young, long jobsPlanned, List<ProjectLine> largest) {
	}

	public record ProjectLine(String identifier, String language, Map<String, String> titles, int status, int progress,
			BigDecimal planned, BigDecimal spent) {

		/** The title in the reader's language, else the original. */
		public String title(Locale locale) {
			String mine = titles.get(locale.getLanguage());
			return mine == null || mine.isBlank() ? titles.get(language) : mine;
		}

		/** The language of the title shown. */
		public String lang(Locale locale) {
			String mine = titles.get(locale.getLanguage());
			return mine == null || mine.isBlank() ? language : locale.getLanguage();
		}

	}

	/** The report's sections, in order: each module's, then the recommendations. */
	public static final List<String> SECTIONS = List.of("indicators", "participation", "programmes", "council",
			"petitions", "information", "commitments", "projects", "recommendations");

	/** Dimensions of participation as the report shows them, each with its groups. */
	public static final List<String> DIMENSIONS = List.of("sex", "age_band", "area", "disability");

}
